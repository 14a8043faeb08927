package io.holdslayer.audio.hold;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoopMemoryTest {


    @Test
    void aStretchOfAStoredAnnouncementIsRecognisedEvenWithSomeBitsFlipped() {
        LoopMemory memory = new LoopMemory();
        List<Integer> announcement = Fingerprints.random(1, 300);
        memory.remember(announcement);

        Random flips = new Random(7);
        List<Integer> heardAgain = new ArrayList<>();
        for (int fp : announcement.subList(100, 140)) {
            heardAgain.add(fp ^ (1 << flips.nextInt(16)) ^ (1 << flips.nextInt(16)));
        }

        assertTrue(memory.recognises(heardAgain));
        assertEquals(1, memory.size());
    }

    @Test
    void otherAudioIsNotRecognised() {
        LoopMemory memory = new LoopMemory();
        memory.remember(Fingerprints.random(1, 300));

        assertFalse(memory.recognises(Fingerprints.random(2, 40)));
        assertFalse(memory.recognises(Fingerprints.random(1, 10)), "too short to judge");
        assertEquals(1.0, new LoopMemory().bestBitErrorRate(Fingerprints.random(3, 40)));
    }

    @Test
    void pausesAloneDoNotMakeTwoRecordingsAlike() {
        List<Integer> silence = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            silence.add(LoopMemory.QUIET);
        }
        List<Integer> first = new ArrayList<>(Fingerprints.random(1, 100));
        first.addAll(silence);
        LoopMemory memory = new LoopMemory();
        memory.remember(first);

        List<Integer> other = new ArrayList<>(Fingerprints.random(2, 100));
        other.addAll(silence);

        assertEquals(LoopMemory.NOT_COMPARED, memory.bestBitErrorRate(other), "a block of pauses is not compared");
        assertFalse(memory.recognises(other.subList(0, 104)), "a mostly loud block of other audio");
        assertTrue(memory.recognises(first.subList(0, 104)));
    }
}
