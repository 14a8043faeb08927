package io.holdslayer.audio.hold;

import java.util.ArrayList;
import java.util.List;

/**
 * The announcements heard during this hold, as sub-fingerprint sequences. A stretch of speech is recognised as
 * one of them when a block of its latest frames matches some stretch of a stored announcement with few
 * differing bits (at any offset).
 */
public final class LoopMemory {

    static final int BLOCK = 25;
    private static final double MATCH_BIT_ERROR_RATE = 0.30;
    private static final int MAX_ANNOUNCEMENTS = 32;
    private static final int MAX_FRAMES = 1500;

    private final List<int[]> announcements = new ArrayList<>();

    public void remember(List<Integer> fingerprints) {
        if (fingerprints.size() < BLOCK) {
            return;
        }
        if (announcements.size() == MAX_ANNOUNCEMENTS) {
            announcements.remove(0);
        }
        int n = Math.min(fingerprints.size(), MAX_FRAMES);
        int[] copy = new int[n];
        for (int i = 0; i < n; i++) {
            copy[i] = fingerprints.get(i);
        }
        announcements.add(copy);
    }

    public int size() {
        return announcements.size();
    }

    /** Lowest bit error rate of the last {@value #BLOCK} fingerprints against any stored stretch; 1 if none. */
    public double bestBitErrorRate(List<Integer> fingerprints) {
        if (fingerprints.size() < BLOCK) {
            return 1;
        }
        int[] block = new int[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            block[i] = fingerprints.get(fingerprints.size() - BLOCK + i);
        }
        double best = 1;
        for (int[] stored : announcements) {
            for (int offset = 0; offset + BLOCK <= stored.length; offset++) {
                int errors = 0;
                for (int i = 0; i < BLOCK; i++) {
                    errors += Integer.bitCount(stored[offset + i] ^ block[i]);
                }
                best = Math.min(best, errors / (16.0 * BLOCK));
            }
        }
        return best;
    }

    public boolean recognises(List<Integer> fingerprints) {
        return bestBitErrorRate(fingerprints) <= MATCH_BIT_ERROR_RATE;
    }
}
