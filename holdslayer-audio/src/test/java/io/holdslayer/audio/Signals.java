package io.holdslayer.audio;

import java.util.Random;

/** Test signals at 8 kHz: tones, cadences, noise, levels in dBFS. */
public final class Signals {

    private short[] samples = new short[0];
    private final Random random = new Random(42);

    public static Signals start() {
        return new Signals();
    }

    /** Sum of sines, each at {@code dbfs} RMS (a sine at -3 dBFS is full scale). */
    public Signals tone(double seconds, double dbfs, double... hz) {
        int n = (int) Math.round(seconds * FrameFormat.SAMPLE_RATE_HZ);
        double amplitude = Math.sqrt(2) * Math.pow(10, dbfs / 20) * 32768;
        short[] part = new short[n];
        int offset = samples.length;
        for (int i = 0; i < n; i++) {
            double v = 0;
            for (double f : hz) {
                v += amplitude * Math.sin(2 * Math.PI * f * (offset + i) / FrameFormat.SAMPLE_RATE_HZ);
            }
            part[i] = clip(v);
        }
        return append(part);
    }

    public Signals silence(double seconds) {
        return append(new short[(int) Math.round(seconds * FrameFormat.SAMPLE_RATE_HZ)]);
    }

    /** White noise at {@code dbfs} RMS. */
    public Signals noise(double seconds, double dbfs) {
        int n = (int) Math.round(seconds * FrameFormat.SAMPLE_RATE_HZ);
        double sigma = Math.pow(10, dbfs / 20) * 32768;
        short[] part = new short[n];
        for (int i = 0; i < n; i++) {
            part[i] = clip(random.nextGaussian() * sigma);
        }
        return append(part);
    }


    public Signals append(short[] part) {
        short[] joined = java.util.Arrays.copyOf(samples, samples.length + part.length);
        System.arraycopy(part, 0, joined, samples.length, part.length);
        samples = joined;
        return this;
    }

    /** Adds white noise at {@code dbfs} over everything so far. */
    public Signals withNoise(double dbfs) {
        double sigma = Math.pow(10, dbfs / 20) * 32768;
        for (int i = 0; i < samples.length; i++) {
            samples[i] = clip(samples[i] + random.nextGaussian() * sigma);
        }
        return this;
    }

    public short[] samples() {
        return samples;
    }

    public static short[] frame(short[] samples, int index) {
        short[] frame = new short[FrameFormat.SAMPLES_PER_FRAME];
        System.arraycopy(samples, index * FrameFormat.SAMPLES_PER_FRAME, frame, 0, frame.length);
        return frame;
    }

    static short clip(double v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
    }
}
