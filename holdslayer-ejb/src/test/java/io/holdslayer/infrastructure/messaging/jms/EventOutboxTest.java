package io.holdslayer.infrastructure.messaging.jms;

import io.holdslayer.api.event.EventType;
import io.holdslayer.api.event.GatewayEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventOutboxTest {

    private final List<Long> sent = new CopyOnWriteArrayList<>();

    @Test
    void eventsFromManyThreadsAreSentOnceEachAndInTheOrderOfEachThread() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        EventOutbox outbox = new EventOutbox(100_000, executor, batch -> batch.forEach(e -> sent.add(e.id())));
        ExecutorService publishers = Executors.newFixedThreadPool(4);
        for (int thread = 0; thread < 4; thread++) {
            long base = thread * 1_000_000L;
            publishers.execute(() -> LongStream.range(base, base + 5000).forEach(id -> outbox.offer(event(id))));
        }
        publishers.shutdown();
        assertTrue(publishers.awaitTermination(10, TimeUnit.SECONDS));
        long end = System.currentTimeMillis() + 10_000;
        while (sent.size() < 20_000 && System.currentTimeMillis() < end) {
            Thread.sleep(10);
        }
        executor.shutdown();

        assertEquals(20_000, sent.size());
        for (int thread = 0; thread < 4; thread++) {
            long base = thread * 1_000_000L;
            List<Long> ofThread = sent.stream().filter(id -> id >= base && id < base + 1_000_000L).toList();
            assertEquals(LongStream.range(base, base + 5000).boxed().toList(), ofThread);
        }
    }

    @Test
    void overCapacityTheCallerIsAskedToFlushAndNothingIsLost() {
        List<Runnable> pending = new ArrayList<>();
        EventOutbox outbox = new EventOutbox(2, pending::add, batch -> batch.forEach(e -> sent.add(e.id())));

        assertTrue(outbox.offer(event(1)));
        assertTrue(outbox.offer(event(2)));
        assertFalse(outbox.offer(event(3)), "a full outbox hands the work back");
        outbox.flush();

        assertEquals(List.of(1L, 2L, 3L), sent);
        assertEquals(0, outbox.size());
    }

    @Test
    void aRefusingExecutorMakesThePublisherSendItself() {
        EventOutbox outbox = new EventOutbox(10, task -> {
            throw new RejectedExecutionException("shutting down");
        }, batch -> batch.forEach(e -> sent.add(e.id())));

        outbox.offer(event(7));

        assertEquals(List.of(7L), sent);
    }

    @Test
    void aFailingSendIsLoggedAndLaterEventsStillGo() {
        List<Runnable> pending = new ArrayList<>();
        EventOutbox outbox = new EventOutbox(10, pending::add, batch -> {
            if (batch.get(0).id() == 1) {
                throw new IllegalStateException("broker down");
            }
            batch.forEach(e -> sent.add(e.id()));
        });
        outbox.offer(event(1));
        pending.remove(0).run();
        outbox.offer(event(2));
        pending.remove(0).run();

        assertEquals(List.of(2L), sent);
    }

    private static GatewayEvent event(long id) {
        return new GatewayEvent(id, EventType.CALL_STARTED, Instant.EPOCH, "call", null);
    }
}
