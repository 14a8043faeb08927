package io.holdslayer.media.tap;

/**
 * Keeps the last eight seconds of a leg's audio so that, when the classifier decides (a little after onset)
 * that speech began at time t, the speech can be cut from t; hands the audio over when the class changes.
 * Speech that goes on longer than the history is handed over in pieces of about seven seconds, so nothing of
 * a long menu is lost to transcription.
 */
final class SpeechCollector {

    private static final int CAPACITY = 8 * 8000;
    private static final int PIECE = 7 * 8000;

    private short[] history;
    private long written;
    private long speechStart = -1;
    private double lastStart;

    /** Adds a frame; returns a finished piece of ongoing long speech (PCM 16LE), else null. */
    byte[] frame(short[] frame) {
        if (history == null) {
            history = new short[CAPACITY];
        }
        for (short sample : frame) {
            history[(int) (written++ % CAPACITY)] = sample;
        }
        if (speechStart >= 0 && written - speechStart >= PIECE) {
            byte[] piece = copy(speechStart, written);
            lastStart = speechStart / 8000.0;
            speechStart = written;
            return piece;
        }
        return null;
    }

    /** The class changed at {@code seconds}; returns the speech that just ended (PCM 16LE) or null. */
    byte[] classified(String label, double seconds) {
        long at = Math.max(0, Math.min(written, Math.round(seconds * 8000)));
        byte[] finished = null;
        if (speechStart >= 0) {
            finished = copy(Math.max(speechStart, written - CAPACITY + 1), Math.max(at, speechStart));
            lastStart = speechStart / 8000.0;
            speechStart = -1;
        }
        if ("speech".equals(label)) {
            speechStart = Math.max(at, written - CAPACITY + 1);
        }
        return finished != null && finished.length > 0 ? finished : null;
    }

    private byte[] copy(long from, long to) {
        int count = (int) Math.max(0, to - from);
        byte[] pcm = new byte[2 * count];
        for (int i = 0; i < count; i++) {
            short sample = history[(int) ((from + i) % CAPACITY)];
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }

    double seconds() {
        return written / 8000.0;
    }

    /** Where (in seconds of the leg's audio) the last handed-over piece began. */
    double lastStart() {
        return lastStart;
    }
}
