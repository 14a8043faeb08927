package io.holdslayer.media.dtmf;

/** The sixteen DTMF keys, their RFC 4733 event codes (0-15) and their row/column frequencies. */
public final class DtmfDigits {

    private static final String KEYS = "0123456789*#ABCD";
    private static final double[] ROWS = {697, 770, 852, 941};
    private static final double[] COLUMNS = {1209, 1336, 1477, 1633};
    private static final String GRID = "123A456B789C*0#D";

    private DtmfDigits() {
    }

    /** The RFC 4733 event code of a key, or -1 when the character is not a DTMF key. */
    public static int eventCode(char key) {
        return KEYS.indexOf(Character.toUpperCase(key));
    }

    /** The key of an RFC 4733 event code, or 0 for codes that are not DTMF (16 and above). */
    public static char key(int eventCode) {
        return eventCode >= 0 && eventCode < 16 ? KEYS.charAt(eventCode) : 0;
    }

    public static double rowHz(char key) {
        return ROWS[GRID.indexOf(Character.toUpperCase(key)) / 4];
    }

    public static double columnHz(char key) {
        return COLUMNS[GRID.indexOf(Character.toUpperCase(key)) % 4];
    }

    /** Checks a digit string before anything is queued. */
    public static void validate(String digits) {
        if (digits == null || digits.isEmpty()) {
            throw new IllegalArgumentException("no DTMF digits given");
        }
        for (char c : digits.toCharArray()) {
            if (eventCode(c) < 0) {
                throw new IllegalArgumentException("'" + c + "' is not a DTMF digit (0-9, *, #, A-D) in \"" + digits + "\"");
            }
        }
    }
}
