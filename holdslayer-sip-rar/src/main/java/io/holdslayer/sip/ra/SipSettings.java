package io.holdslayer.sip.ra;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The SIP connector's validated configuration. */
public record SipSettings(int port, String bindAddress, List<String> transports) {

    private static final Set<String> KNOWN_TRANSPORTS = Set.of("udp", "tcp", "tls");

    public SipSettings {
        if (port < 1 || port > 65535) {
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
        transports = List.copyOf(transports);
    }

    /** Parses a transport list separated by spaces or commas, e.g. {@code "udp tcp"}. */
    public static List<String> parseTransports(String text) {
        return Arrays.stream((text == null ? "" : text).split("[\\s,]+"))
                .filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .toList();
    }
}
