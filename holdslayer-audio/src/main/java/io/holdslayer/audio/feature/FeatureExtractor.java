package io.holdslayer.audio.feature;

import io.holdslayer.audio.dsp.Spectrum;

/** Computes {@link FrameFeatures} frame after frame for one stream; not thread-safe. */
public final class FeatureExtractor {

    private static final int LOW_BIN = Spectrum.bin(150);
    private static final int HIGH_BIN = Spectrum.bin(3700);
    private static final double FLOOR = 1e-12;

    private final Spectrum spectrum = new Spectrum();
    private final double[] previous = new double[Spectrum.BINS];
    private boolean first = true;

    /** The power spectrum of the last frame (valid until the next call). */
    public double[] spectrum() {
        return spectrum.power();
    }

    public FrameFeatures next(short[] frame) {
        double[] power = spectrum.of(frame);
        double total = 0;
        double logSum = 0;
        double weighted = 0;
        int peak = LOW_BIN;
        int second = -1;
        for (int k = LOW_BIN; k <= HIGH_BIN; k++) {
            total += power[k];
            logSum += Math.log(power[k] + FLOOR);
            weighted += power[k] * k * Spectrum.HZ_PER_BIN;
            if (power[k] > power[peak]) {
                peak = k;
            }
        }
        for (int k = LOW_BIN; k <= HIGH_BIN; k++) {
            if (Math.abs(k - peak) > 2 && (second < 0 || power[k] > power[second])) {
                second = k;
            }
        }
        int bins = HIGH_BIN - LOW_BIN + 1;
        double mean = total / bins;
        double flatness = total <= FLOOR * bins ? 1 : Math.exp(logSum / bins) / (mean + FLOOR);
        double peaks = around(power, peak) + (second < 0 ? 0 : around(power, second));
        double flux = flux(power, total);
        return new FrameFeatures(levelDb(frame), zeroCrossings(frame), Math.min(1, flatness),
                total <= 0 ? 0 : weighted / total, peak, total <= 0 ? 0 : Math.min(1, peaks / total), flux);
    }

    private double flux(double[] power, double total) {
        double previousTotal = 0;
        double change = 0;
        for (int k = LOW_BIN; k <= HIGH_BIN; k++) {
            previousTotal += previous[k];
        }
        for (int k = LOW_BIN; k <= HIGH_BIN; k++) {
            double now = total <= 0 ? 0 : power[k] / total;
            double before = previousTotal <= 0 ? 0 : previous[k] / previousTotal;
            change += Math.abs(now - before);
        }
        System.arraycopy(power, 0, previous, 0, power.length);
        boolean wasFirst = first;
        first = false;
        return wasFirst ? 0 : change;
    }

    private static double around(double[] power, int bin) {
        double sum = 0;
        for (int k = Math.max(LOW_BIN, bin - 1); k <= Math.min(HIGH_BIN, bin + 1); k++) {
            sum += power[k];
        }
        return sum;
    }

    public static double levelDb(short[] frame) {
        double sum = 0;
        for (short s : frame) {
            double x = s / 32768.0;
            sum += x * x;
        }
        double rms = Math.sqrt(sum / frame.length);
        return rms <= 1e-5 ? -100 : 20 * Math.log10(rms);
    }

    private static double zeroCrossings(short[] frame) {
        int crossings = 0;
        for (int i = 1; i < frame.length; i++) {
            if ((frame[i - 1] >= 0) != (frame[i] >= 0)) {
                crossings++;
            }
        }
        return crossings / (double) (frame.length - 1);
    }
}
