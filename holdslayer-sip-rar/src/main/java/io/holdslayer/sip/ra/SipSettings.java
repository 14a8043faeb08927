package io.holdslayer.sip.ra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The SIP connector's validated configuration. TLS listens on {@code port + 1} and is added to the transports
 * when a keystore is configured; naming {@code tls} without a keystore is an error.
 *
 * @param threads           listener threads of the stack (requests of different calls are processed in parallel)
 * @param tls               the keystore for TLS, or {@code null}
 * @param overloadLimit     listener threads busy in the application from which new INVITEs are answered 503
 *                          (0: never); by default three quarters of the threads
 * @param retryAfterSeconds the {@code Retry-After} of those 503s
 * @param overloadQueueMillis how long the oldest message may wait in the stack's UDP queue before new INVITEs are
 *                          answered 503 (0: not watched)
 */
public record SipSettings(int port, String bindAddress, List<String> transports, int threads, TlsKeystore tls,
                          int overloadLimit, int retryAfterSeconds, int overloadQueueMillis) {

    public static final int DEFAULT_RETRY_AFTER_SECONDS = 5;
    public static final int DEFAULT_OVERLOAD_QUEUE_MILLIS = 250;

    private static final Set<String> KNOWN_TRANSPORTS = Set.of("udp", "tcp", "tls");

    public SipSettings(int port, String bindAddress, List<String> transports) {
        this(port, bindAddress, transports, 64, null);
    }

    public SipSettings(int port, String bindAddress, List<String> transports, int threads, TlsKeystore tls) {
        this(port, bindAddress, transports, threads, tls, defaultOverloadLimit(threads), DEFAULT_RETRY_AFTER_SECONDS,
                DEFAULT_OVERLOAD_QUEUE_MILLIS);
    }

    /** Three quarters of the threads, so that some stay free to answer 503 at once. */
    public static int defaultOverloadLimit(int threads) {
        return Math.max(1, threads * 3 / 4);
    }

    public SipSettings {
        if (port < 1 || port > 65534) {
            throw new IllegalArgumentException("port must lie within 1-65535, got " + port);
        }
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new IllegalArgumentException("bindAddress must name an address to listen on, e.g. 127.0.0.1");
        }
        if (transports.isEmpty()) {
            throw new IllegalArgumentException("transports must name at least one of " + KNOWN_TRANSPORTS);
        }
        for (String transport : transports) {
            if (!KNOWN_TRANSPORTS.contains(transport)) {
                throw new IllegalArgumentException("unknown transport '" + transport + "', expected one of "
                        + KNOWN_TRANSPORTS);
            }
        }
        if (threads < 1 || threads > 512) {
            throw new IllegalArgumentException("threads must lie within 1-512, got " + threads);
        }
        if (overloadLimit < 0 || overloadLimit > threads) {
            throw new IllegalArgumentException("overloadLimit must lie within 0-" + threads + " (the threads; 0 turns "
                    + "overload control off), got " + overloadLimit);
        }
        if (retryAfterSeconds < 1 || retryAfterSeconds > 3600) {
            throw new IllegalArgumentException("overloadRetryAfter must lie within 1-3600 seconds, got "
                    + retryAfterSeconds);
        }
        if (overloadQueueMillis < 0 || overloadQueueMillis > 32_000) {
            throw new IllegalArgumentException("overloadQueueMillis must lie within 0-32000, got " + overloadQueueMillis);
        }
        List<String> effective = new ArrayList<>(transports);
        if (tls == null && effective.contains("tls")) {
            throw new IllegalArgumentException("transport 'tls' needs a keystore: set tlsKeystore "
                    + "(holdslayer.sip.tls-keystore)");
        }
        if (tls != null && !effective.contains("tls")) {
            effective.add("tls");
        }
        transports = List.copyOf(effective);
    }

    /** Port of the listening point for a transport. */
    public int portOf(String transport) {
        return "tls".equals(transport) ? port + 1 : port;
    }

    /** Parses a transport list separated by spaces or commas, e.g. {@code "udp tcp"}. */
    public static List<String> parseTransports(String text) {
        return Arrays.stream((text == null ? "" : text).split("[\\s,]+"))
                .filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    @Override
    public String toString() {
        return transports + " on " + bindAddress + ":" + port + (tls == null ? "" : " (TLS on " + (port + 1) + ")")
                + ", " + threads + " threads, "
                + (overloadLimit == 0 ? "no overload control" : "503 for new INVITEs when " + overloadLimit
                + " are busy or messages wait " + overloadQueueMillis + " ms");
    }
}
