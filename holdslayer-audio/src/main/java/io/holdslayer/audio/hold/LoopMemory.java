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
    /**
     * Marks a quiet frame. Quiet frames are left out of a block's comparison: the bits of near-silence are much
     * the same in every recording, so two utterances with the same pauses would otherwise match.
     */
    static final int QUIET = 1 << 16;
    static final int MIN_LOUD_FRAMES = 20;
    static final int BITS = 0xFFFF;
    static final double MATCH_BIT_ERROR_RATE = 0.33;
    /** What {@link #bestBitErrorRate} answers when there was nothing to compare. */
    static final double NOT_COMPARED = 1;
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

    /**
     * Lowest bit error rate of the last {@value #BLOCK} fingerprints (their loud frames) against any stored
     * stretch; {@link #NOT_COMPARED} when nothing is stored or the block is mostly quiet.
     */
    public double bestBitErrorRate(List<Integer> fingerprints) {
        if (fingerprints.size() < BLOCK) {
            return NOT_COMPARED;
        }
        int[] block = new int[BLOCK];
        int[] positions = new int[BLOCK];
        int loud = 0;
        for (int i = 0; i < BLOCK; i++) {
            int fingerprint = fingerprints.get(fingerprints.size() - BLOCK + i);
            if ((fingerprint & QUIET) == 0) {
                block[loud] = fingerprint;
                positions[loud++] = i;
            }
        }
        if (loud < MIN_LOUD_FRAMES) {
            return NOT_COMPARED;
        }
        int worstAllowed = Integer.MAX_VALUE;
        for (int[] stored : announcements) {
            for (int offset = 0; offset + BLOCK <= stored.length; offset++) {
                int errors = 0;
                for (int i = 0; i < loud && errors < worstAllowed; i++) {
                    errors += Integer.bitCount((stored[offset + positions[i]] ^ block[i]) & BITS);
                }
                worstAllowed = Math.min(worstAllowed, errors);
            }
        }
        return worstAllowed == Integer.MAX_VALUE ? NOT_COMPARED : worstAllowed / (16.0 * loud);
    }

    public boolean recognises(List<Integer> fingerprints) {
        return bestBitErrorRate(fingerprints) <= MATCH_BIT_ERROR_RATE;
    }
}
