package io.holdslayer.application.event;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSequenceTest {

    @Test
    void idsIncreaseEvenWhenTheClockStandsStillOrGoesBack() {
        AtomicLong clock = new AtomicLong(1_000);
        EventSequence sequence = new EventSequence(clock::get);

        long first = sequence.next();
        long second = sequence.next();
        clock.set(999);
        long third = sequence.next();

        assertEquals(1_000_000, first);
        assertEquals(first + 1, second);
        assertEquals(second + 1, third);
    }

    @Test
    void aRestartedGatewayContinuesAboveTheIdsOfItsPreviousRun() {
        AtomicLong clock = new AtomicLong(5_000);
        EventSequence before = new EventSequence(clock::get);
        long lastBeforeRestart = 0;
        for (int i = 0; i < 500; i++) {
            lastBeforeRestart = before.next();
        }

        clock.addAndGet(1);
        EventSequence after = new EventSequence(clock::get);

        assertTrue(after.next() > lastBeforeRestart);
    }
}
