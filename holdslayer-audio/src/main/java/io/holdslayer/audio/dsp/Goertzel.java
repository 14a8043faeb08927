package io.holdslayer.audio.dsp;

/**
 * Power of one frequency in a block of samples (the Goertzel algorithm): cheaper than an FFT when only a few
 * frequencies matter, as for DTMF and call-progress tones. A sine of amplitude A over the whole block gives
 * about A²/4 × N² / N² normalised, i.e. {@code power ≈ A²/4}.
 */
public final class Goertzel {

    private Goertzel() {
    }

    /** Normalised power of {@code hz} over {@code samples[from, from + length)}, sampled at {@code rate}. */
    public static double power(short[] samples, int from, int length, double hz, int rate) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / rate);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < from + length; i++) {
            double s0 = samples[i] / 32768.0 + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return power / ((double) length * length);
    }

    /** Mean power of the block (mean of squared samples, full scale = 1), to compare tone powers against. */
    public static double totalPower(short[] samples, int from, int length) {
        double sum = 0;
        for (int i = from; i < from + length; i++) {
            double x = samples[i] / 32768.0;
            sum += x * x;
        }
        return sum / length;
    }
}
