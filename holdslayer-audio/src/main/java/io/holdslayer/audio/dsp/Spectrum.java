package io.holdslayer.audio.dsp;

import io.holdslayer.audio.FrameFormat;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Power spectrum of one 20 ms frame: Hann-windowed, zero-padded to 256 points, 129 bins of 31.25 Hz. One
 * instance per stream (it keeps its buffers); not thread-safe.
 */
public final class Spectrum {

    public static final int SIZE = 256;
    public static final int BINS = SIZE / 2 + 1;
    public static final double HZ_PER_BIN = (double) FrameFormat.SAMPLE_RATE_HZ / SIZE;

    private static final double[] WINDOW = hann(FrameFormat.SAMPLES_PER_FRAME);
    private static final DoubleFFT_1D FFT = new DoubleFFT_1D(SIZE);

    private final double[] buffer = new double[SIZE];
    private final double[] power = new double[BINS];

    /** Computes the frame's spectrum into {@link #power()}; returns it. */
    public double[] of(short[] frame) {
        java.util.Arrays.fill(buffer, 0);
        for (int i = 0; i < frame.length; i++) {
            buffer[i] = frame[i] / 32768.0 * WINDOW[i];
        }
        FFT.realForward(buffer);
        power[0] = buffer[0] * buffer[0];
        power[BINS - 1] = buffer[1] * buffer[1];
        for (int k = 1; k < BINS - 1; k++) {
            double re = buffer[2 * k];
            double im = buffer[2 * k + 1];
            power[k] = re * re + im * im;
        }
        return power;
    }

    public double[] power() {
        return power;
    }

    public static int bin(double hz) {
        return (int) Math.round(hz / HZ_PER_BIN);
    }

    private static double[] hann(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
        }
        return w;
    }
}
