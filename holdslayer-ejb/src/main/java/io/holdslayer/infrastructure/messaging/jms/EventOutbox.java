package io.holdslayer.infrastructure.messaging.jms;

import io.holdslayer.api.event.GatewayEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Events waiting to be sent, so that the thread that publishes (a SIP or media thread) does not wait for the
 * messaging system. One task at a time drains the queue in order, in batches, on the executor. When the queue
 * holds {@code capacity} events, or the executor refuses the task, the publishing thread sends them: events are
 * slowed down, never dropped, and stay in order.
 */
final class EventOutbox {

    private static final Logger LOG = Logger.getLogger(EventOutbox.class.getName());
    private static final int BATCH = 200;

    private final Queue<GatewayEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final int capacity;
    private final Executor executor;
    private final Consumer<List<GatewayEvent>> sender;

    EventOutbox(int capacity, Executor executor, Consumer<List<GatewayEvent>> sender) {
        this.capacity = capacity;
        this.executor = executor;
        this.sender = sender;
    }

    /**
     * Queues the event for the drainer; returns false when the queue is over capacity and the caller should
     * {@link #flush()} (which sends its event too, in order).
     */
    boolean offer(GatewayEvent event) {
        queue.add(event);
        if (size.incrementAndGet() > capacity) {
            return false;
        }
        schedule();
        return true;
    }

    private void schedule() {
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false);
                flush();
            }
        }
    }

    private void drain() {
        do {
            try {
                flush();
            } finally {
                draining.set(false);
            }
        } while (!queue.isEmpty() && draining.compareAndSet(false, true));
    }

    /** Sends everything queued, in order, on the calling thread. */
    synchronized void flush() {
        List<GatewayEvent> batch = new ArrayList<>(BATCH);
        for (GatewayEvent event = queue.poll(); event != null; event = queue.poll()) {
            size.decrementAndGet();
            batch.add(event);
            if (batch.size() == BATCH) {
                send(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            send(batch);
        }
    }

    private void send(List<GatewayEvent> batch) {
        try {
            sender.accept(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not send " + batch.size() + " event(s) to the events topic: " + e,
                    LOG.isLoggable(Level.FINE) ? e : null);
        }
    }

    int size() {
        return size.get();
    }
}
