package io.holdslayer.audio.hold;

import io.holdslayer.audio.dsp.Spectrum;

/**
 * 16-bit sub-fingerprints of 20 ms frames in the manner of Haitsma and Kalker: the signs of the energy
 * differences between 17 adjacent bands (300–3400 Hz, log-spaced, energies summed over 80 ms), differenced again
 * over 60 ms. A repeat of a recording starts at any sample; the smoothing keeps a half-frame shift at a bit error
 * rate near 0.2 where different audio stays near 0.4. They do not
 * depend on level and survive G.711 and mild loss, so the same recorded announcement gives nearly the same bits
 * each time it plays, while different audio differs in about half of them.
 */
public final class SubFingerprint {

    private static final int BANDS = 17;
    private static final int[] EDGES = edges();

    /** Band energies are summed over this many frames (80 ms), so that a shifted repeat gives similar values. */
    private static final int SPAN = 4;
    /** Bits compare the band differences with those of this many frames before (60 ms). */
    private static final int LAG = 3;
    private final double[][] frameEnergies = new double[8][BANDS];
    private final double[][] smoothed = new double[8][BANDS];
    private long count;

    /** The sub-fingerprint of a frame, given its power spectrum ({@link Spectrum#of}). */
    public int next(double[] power) {
        int slot = (int) (count % 8);
        for (int b = 0; b < BANDS; b++) {
            double sum = 1e-12;
            for (int k = EDGES[b]; k < EDGES[b + 1]; k++) {
                sum += power[k];
            }
            frameEnergies[slot][b] = sum;
        }
        for (int b = 0; b < BANDS; b++) {
            double sum = 0;
            for (int j = 0; j < SPAN; j++) {
                sum += frameEnergies[(int) ((count - j + 8) % 8)][b];
            }
            smoothed[slot][b] = Math.log(sum + 1e-12);
        }
        double[] before = smoothed[(int) ((count - LAG + 8) % 8)];
        double[] now = smoothed[slot];
        int bits = 0;
        for (int b = 0; b < BANDS - 1; b++) {
            if ((now[b] - now[b + 1]) - (before[b] - before[b + 1]) > 0) {
                bits |= 1 << b;
            }
        }
        count++;
        return bits;
    }

    private static int[] edges() {
        int[] edges = new int[BANDS + 1];
        for (int b = 0; b <= BANDS; b++) {
            double hz = 300 * Math.pow(3400.0 / 300, (double) b / BANDS);
            edges[b] = Math.max(1, Spectrum.bin(hz));
        }
        for (int b = 1; b <= BANDS; b++) {
            edges[b] = Math.max(edges[b], edges[b - 1] + 1);
        }
        return edges;
    }
}
