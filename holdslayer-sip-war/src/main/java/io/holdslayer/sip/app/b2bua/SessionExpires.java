package io.holdslayer.sip.app.b2bua;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 4028 {@code Session-Expires} value: the interval in seconds and who refreshes ({@code uac} or
 * {@code uas}, empty when the header leaves it open).
 */
public record SessionExpires(int seconds, String refresher) {

    private static final Pattern VALUE = Pattern.compile("\\s*(\\d{1,9})\\s*(?:;(.*))?");
    private static final Pattern REFRESHER = Pattern.compile("(?i)refresher\\s*=\\s*(uac|uas)");

    /** @return {@code null} for an absent or malformed value */
    public static SessionExpires parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int seconds = Integer.parseInt(m.group(1));
        String refresher = "";
        if (m.group(2) != null) {
            Matcher r = REFRESHER.matcher(m.group(2));
            if (r.find()) {
                refresher = r.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return seconds > 0 ? new SessionExpires(seconds, refresher) : null;
    }

    /** When the refresher should refresh: half the interval (RFC 4028 §10). */
    public long refreshAfterSeconds() {
        return Math.max(1, seconds / 2);
    }

    /** When the other side gives up on a missing refresh: interval minus min(32, interval/3) (§10). */
    public long expireAfterSeconds() {
        return Math.max(1, seconds - Math.min(32, seconds / 3));
    }

    public String header() {
        return seconds + (refresher.isEmpty() ? "" : ";refresher=" + refresher);
    }
}
