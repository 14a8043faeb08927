package io.holdslayer.simulator;

import java.util.Locale;

/** Reading the few things the simulator needs from a SIP message as pjsua2 hands it over (its whole text). */
final class Sip {

    private Sip() {
    }

    /** The user part of the Request-URI: the number dialled. */
    static String dialledUser(String message) {
        String requestLine = message.substring(0, Math.max(0, message.indexOf('\n'))).strip();
        String[] parts = requestLine.split(" ");
        String uri = parts.length > 1 ? parts[1] : "";
        int colon = uri.indexOf(':');
        int at = uri.indexOf('@');
        return at > colon ? uri.substring(colon + 1, at) : "";
    }

    /** The value of a header (full or compact name), or null. */
    static String header(String message, String name, String compact) {
        for (String line : message.split("\r?\n")) {
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                if (field.equals(name.toLowerCase(Locale.ROOT)) || field.equals(compact)) {
                    return line.substring(colon + 1).strip();
                }
            }
        }
        return null;
    }

    static String body(String message) {
        int blank = message.indexOf("\r\n\r\n");
        return blank < 0 ? "" : message.substring(blank + 4);
    }
}
