package io.holdslayer.audio.tone;

import io.holdslayer.audio.FrameFormat;
import io.holdslayer.audio.dsp.Goertzel;

/**
 * Which call-progress frequency combination a 40 ms window carries, if any: the named tones must together hold
 * most of the window's power and each must be clearly present.
 */
enum ToneSignature {
    NONE(),
    NA_RINGBACK(440, 480),
    UK_RINGBACK(400, 450),
    NA_BUSY(480, 620),
    EU_425(425),
    SIT_LOW(913.8, 985.2),
    SIT_MID(1370.6, 1428.5),
    SIT_HIGH(1776.7);

    private static final double MIN_LEVEL = Math.pow(10, -45 / 10.0);
    private static final double MIN_PURITY = 0.75;
    private static final int WINDOW = 2 * FrameFormat.SAMPLES_PER_FRAME;

    private final double[] frequencies;

    ToneSignature(double... frequencies) {
        this.frequencies = frequencies;
    }

    static ToneSignature of(short[] window) {
        double total = Goertzel.totalPower(window, 0, WINDOW);
        if (total < MIN_LEVEL) {
            return NONE;
        }
        for (ToneSignature signature : values()) {
            if (signature != NONE && signature.matches(window, total)) {
                return signature;
            }
        }
        return NONE;
    }

    private boolean matches(short[] window, double total) {
        boolean sit = name().startsWith("SIT");
        double sum = 0;
        double weakest = Double.MAX_VALUE;
        double strongest = 0;
        for (double hz : frequencies) {
            double p = Goertzel.power(window, 0, WINDOW, hz, FrameFormat.SAMPLE_RATE_HZ);
            sum += p;
            weakest = Math.min(weakest, p);
            strongest = Math.max(strongest, p);
        }
        if (sit) {
            // the SIT alternatives are one tone or the other, never both
            return strongest * 2 >= total * MIN_PURITY;
        }
        boolean eachPresent = frequencies.length == 1 || weakest * 2 >= total * 0.15;
        return eachPresent && sum * 2 >= total * MIN_PURITY;
    }
}
