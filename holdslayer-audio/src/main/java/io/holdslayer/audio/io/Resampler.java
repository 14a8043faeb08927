package io.holdslayer.audio.io;

/**
 * Sample-rate conversion with a Hann-windowed sinc low-pass, so that audio above 4 kHz in a 44.1 or 48 kHz file
 * does not fold back into the telephone band. Offline use (files); the media plane is 8 kHz already.
 */
final class Resampler {

    private static final int HALF_TAPS = 16;

    private Resampler() {
    }

    static short[] resample(short[] input, int fromRate, int toRate) {
        if (fromRate == toRate) {
            return input;
        }
        double step = (double) fromRate / toRate;
        double cutoff = Math.min(1.0, (double) toRate / fromRate) * 0.95;
        int halfWidth = (int) Math.ceil(HALF_TAPS / Math.min(1.0, cutoff));
        int length = (int) Math.floor(input.length / step);
        short[] output = new short[length];
        for (int n = 0; n < length; n++) {
            double center = n * step;
            int first = (int) Math.floor(center) - halfWidth + 1;
            double sum = 0;
            double weights = 0;
            for (int k = first; k < first + 2 * halfWidth; k++) {
                if (k < 0 || k >= input.length) {
                    continue;
                }
                double x = k - center;
                double weight = sinc(x * cutoff) * hann(x, halfWidth);
                sum += weight * input[k];
                weights += weight;
            }
            output[n] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sum / weights)));
        }
        return output;
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    private static double hann(double x, int halfWidth) {
        return Math.abs(x) >= halfWidth ? 0 : 0.5 + 0.5 * Math.cos(Math.PI * x / halfWidth);
    }
}
