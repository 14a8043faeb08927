package io.holdslayer.audio.tone;

import io.holdslayer.audio.FrameFormat;
import io.holdslayer.audio.dsp.Goertzel;

import java.util.OptionalInt;

/**
 * Detects DTMF digits in 20 ms frames, judging each frame over a 40 ms window (this frame and the one before) for
 * 25 Hz resolution. A digit needs one row and one column tone that together carry most of the window's power
 * (speech and music do not), each at least −36 dBFS and within 1.5 % of its nominal frequency (a tone 3.5 % off
 * loses too much power to pass), with the high group no more than 8 dB below the low group
 * (normal twist) and no more than 4 dB above it (reverse twist), as ITU-T Q.24 allows. Passing the purity test
 * takes a window nearly full of tone, so a digit is reported once, on the first such window (about 40 ms of
 * tone), and the same digit again only after 40 ms without it.
 */
public final class DtmfDetector {

    private static final double[] ROWS = {697, 770, 852, 941};
    private static final double[] COLUMNS = {1209, 1336, 1477, 1633};
    private static final char[][] KEYS = {{'1', '2', '3', 'A'}, {'4', '5', '6', 'B'}, {'7', '8', '9', 'C'}, {'*', '0', '#', 'D'}};
    private static final double MIN_TONE_POWER = Math.pow(10, -36 / 10.0) / 2;
    private static final double MAX_NORMAL_TWIST = Math.pow(10, -8 / 10.0);
    private static final double MAX_REVERSE_TWIST = Math.pow(10, 4 / 10.0);
    private static final double MIN_PURITY = 0.80;
    private static final double MIN_SEPARATION = Math.pow(10, 6 / 10.0);
    private static final int WINDOW = 2 * FrameFormat.SAMPLES_PER_FRAME;
    private static final double[] DETUNES = {0.985, 1.0, 1.015};

    private final short[] window = new short[WINDOW];
    private char candidate;
    private int quietFrames = 2;
    private boolean reported;

    /** Feeds one frame; returns the digit when one has just been recognised. */
    public OptionalInt process(short[] frame) {
        System.arraycopy(window, FrameFormat.SAMPLES_PER_FRAME, window, 0, FrameFormat.SAMPLES_PER_FRAME);
        System.arraycopy(frame, 0, window, FrameFormat.SAMPLES_PER_FRAME, FrameFormat.SAMPLES_PER_FRAME);
        char key = classify();
        if (key == 0) {
            quietFrames++;
            if (quietFrames >= 2) {
                candidate = 0;
                reported = false;
            }
            return OptionalInt.empty();
        }
        quietFrames = 0;
        if (key != candidate) {
            candidate = key;
            reported = false;
        }
        if (!reported) {
            reported = true;
            return OptionalInt.of(key);
        }
        return OptionalInt.empty();
    }

    /** Whether the last frame carried a DTMF tone pair. */
    public boolean toneActive() {
        return quietFrames == 0;
    }

    private char classify() {
        double total = Goertzel.totalPower(window, 0, WINDOW);
        if (total < 2 * MIN_TONE_POWER) {
            return 0;
        }
        int row = strongest(ROWS);
        int column = strongest(COLUMNS);
        if (row < 0 || column < 0) {
            return 0;
        }
        double low = power(ROWS[row]);
        double high = power(COLUMNS[column]);
        boolean loudEnough = low >= MIN_TONE_POWER && high >= MIN_TONE_POWER;
        boolean twistOk = high >= low * MAX_NORMAL_TWIST && high <= low * MAX_REVERSE_TWIST;
        boolean pure = (low + high) * 2 >= total * MIN_PURITY;
        return loudEnough && twistOk && pure ? KEYS[row][column] : 0;
    }

    /** Index of the clearly strongest tone of a group, or −1 when two are close (not a clean DTMF tone). */
    private int strongest(double[] group) {
        int best = -1;
        double bestPower = 0;
        double runnerUp = 0;
        for (int i = 0; i < group.length; i++) {
            double p = power(group[i]);
            if (p > bestPower) {
                runnerUp = bestPower;
                bestPower = p;
                best = i;
            } else if (p > runnerUp) {
                runnerUp = p;
            }
        }
        return bestPower >= runnerUp * MIN_SEPARATION ? best : -1;
    }

    /** Power at the nominal frequency or up to 1.5 % off it (Q.24's acceptance band), whichever is larger. */
    private double power(double hz) {
        double best = 0;
        for (double detune : DETUNES) {
            best = Math.max(best, Goertzel.power(window, 0, WINDOW, hz * detune, FrameFormat.SAMPLE_RATE_HZ));
        }
        return best;
    }
}
