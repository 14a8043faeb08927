package io.holdslayer.sip.app.b2bua;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code application/dtmf-relay} body of SIP INFO: {@code Signal=5} and {@code Duration=160}. */
public final class DtmfRelay {

    public static final String CONTENT_TYPE = "application/dtmf-relay";
    private static final Pattern SIGNAL = Pattern.compile("(?im)^\\s*Signal\\s*=\\s*([0-9*#A-Da-d]|1[01])\\s*$");

    private DtmfRelay() {
    }

    /** The digit, or {@code null} when the body carries none. Signal 10 and 11 mean * and # (RFC 2833 event numbers). */
    public static String digit(String body) {
        if (body == null) {
            return null;
        }
        Matcher m = SIGNAL.matcher(body);
        if (!m.find()) {
            return null;
        }
        String signal = m.group(1).toUpperCase(java.util.Locale.ROOT);
        return switch (signal) {
            case "10" -> "*";
            case "11" -> "#";
            default -> signal;
        };
    }

    public static String body(char digit, int durationMillis) {
        return "Signal=" + digit + "\r\nDuration=" + durationMillis + "\r\n";
    }

    public static boolean validDigits(String digits) {
        return digits != null && digits.matches("[0-9*#A-Da-d]{1,64}");
    }
}
