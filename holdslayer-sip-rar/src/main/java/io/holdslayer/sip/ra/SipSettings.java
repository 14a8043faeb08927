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
 * @param threads listener threads of the stack (requests of different calls are processed in parallel)
 * @param tls     the keystore for TLS, or {@code null}
 */
public record SipSettings(int port, String bindAddress, List<String> transports, int threads, TlsKeystore tls) {

    private static final Set<String> KNOWN_TRANSPORTS = Set.of("udp", "tcp", "tls");

    public SipSettings(int port, String bindAddress, List<String> transports) {
        this(port, bindAddress, transports, 64, null);
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
                + ", " + threads + " threads";
    }
}
