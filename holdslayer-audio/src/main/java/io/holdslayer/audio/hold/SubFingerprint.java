package io.holdslayer.audio.hold;

import io.holdslayer.audio.dsp.Spectrum;

/**
 * 16-bit sub-fingerprints of 20 ms frames in the manner of Haitsma and Kalker: the signs of the energy
 * differences between 17 adjacent bands (300–3400 Hz, log-spaced), differenced again over time. They do not
 * depend on level and survive G.711 and mild loss, so the same recorded announcement gives nearly the same bits
 * each time it plays, while different audio differs in about half of them.
 */
public final class SubFingerprint {

    private static final int BANDS = 17;
    private static final int[] EDGES = edges();

    private final double[] previous = new double[BANDS];
    private final double[] energies = new double[BANDS];

    /** The sub-fingerprint of a frame, given its power spectrum ({@link Spectrum#of}). */
    public int next(double[] power) {
        for (int b = 0; b < BANDS; b++) {
            double sum = 1e-12;
            for (int k = EDGES[b]; k < EDGES[b + 1]; k++) {
                sum += power[k];
            }
            energies[b] = Math.log(sum);
        }
        int bits = 0;
        for (int b = 0; b < BANDS - 1; b++) {
            double now = energies[b] - energies[b + 1];
            double before = previous[b] - previous[b + 1];
            if (now - before > 0) {
                bits |= 1 << b;
            }
        }
        System.arraycopy(energies, 0, previous, 0, BANDS);
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
