package io.holdslayer.audio.hold;

import java.util.List;

/**
 * Everything heard on the call in the last two minutes, as sub-fingerprints. Recordings come round again, in
 * pieces and behind music, and not always labelled speech the first time; a person's voice is new. A block of an
 * utterance that matches any stretch heard before it is therefore a recording, whatever the stretch was labelled.
 */
final class HeardAudio {

    private static final int CAPACITY = 6000;

    private final int[] ring = new int[CAPACITY];
    private long count;

    void append(int fingerprint) {
        ring[(int) (count % CAPACITY)] = fingerprint;
        count++;
    }

    /**
     * Lowest bit error rate of the last {@value LoopMemory#BLOCK} fingerprints (their loud frames) against any
     * stretch heard before the newest {@code excludeRecent} frames; {@link LoopMemory#NOT_COMPARED} when there is
     * nothing to compare.
     */
    double bestBitErrorRate(List<Integer> fingerprints, int excludeRecent) {
        int size = fingerprints.size();
        if (size < LoopMemory.BLOCK) {
            return LoopMemory.NOT_COMPARED;
        }
        int[] block = new int[LoopMemory.BLOCK];
        int[] positions = new int[LoopMemory.BLOCK];
        int loud = 0;
        for (int i = 0; i < LoopMemory.BLOCK; i++) {
            int fingerprint = fingerprints.get(size - LoopMemory.BLOCK + i);
            if ((fingerprint & LoopMemory.QUIET) == 0) {
                block[loud] = fingerprint;
                positions[loud++] = i;
            }
        }
        long newest = count - excludeRecent;
        long oldest = Math.max(0, count - CAPACITY);
        if (loud < LoopMemory.MIN_LOUD_FRAMES || newest - oldest < LoopMemory.BLOCK) {
            return LoopMemory.NOT_COMPARED;
        }
        int best = Integer.MAX_VALUE;
        for (long start = oldest; start + LoopMemory.BLOCK <= newest; start++) {
            int errors = 0;
            for (int i = 0; i < loud && errors < best; i++) {
                int stored = ring[(int) ((start + positions[i]) % CAPACITY)];
                errors += Integer.bitCount((stored ^ block[i]) & LoopMemory.BITS);
            }
            best = Math.min(best, errors);
        }
        return best / (16.0 * loud);
    }
}
