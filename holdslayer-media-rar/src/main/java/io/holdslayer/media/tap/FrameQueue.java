package io.holdslayer.media.tap;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Frames from the media clock to one consumer on a worker pool, without blocking the clock and without
 * allocating per frame: buffers circulate between a free list and a filled queue. When the consumer falls
 * behind by the whole capacity, new frames are dropped and counted. At most one worker drains a queue at a
 * time, so the consumer sees frames in order on one thread at a time.
 */
public final class FrameQueue {

    /** Runs on a worker thread. */
    public interface Consumer {
        void consume(short[] frame);

        /** After {@link #close()}, once every queued frame was consumed. */
        void closed();
    }

    private final BlockingQueue<short[]> free;
    private final BlockingQueue<short[]> filled;
    private final Executor workers;
    private final Consumer consumer;
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean closing;
    private final AtomicBoolean closedNotified = new AtomicBoolean();
    private volatile long dropped;
    private volatile long consumed;

    public FrameQueue(int capacity, int frameLength, Executor workers, Consumer consumer) {
        this.free = new ArrayBlockingQueue<>(capacity);
        this.filled = new ArrayBlockingQueue<>(capacity);
        for (int i = 0; i < capacity; i++) {
            free.add(new short[frameLength]);
        }
        this.workers = workers;
        this.consumer = consumer;
    }

    /** Copies {@code first} (and {@code second} after it, if given) into a queued frame; never blocks. */
    public boolean offer(short[] first, short[] second) {
        short[] buffer = closing ? null : free.poll();
        if (buffer == null) {
            dropped++;
            return false;
        }
        System.arraycopy(first, 0, buffer, 0, first.length);
        if (second != null) {
            System.arraycopy(second, 0, buffer, first.length, second.length);
        }
        filled.add(buffer);
        schedule();
        return true;
    }

    /** No more frames; the consumer hears {@link Consumer#closed()} after the last one. */
    public void close() {
        closing = true;
        schedule();
    }

    private void schedule() {
        if (draining.compareAndSet(false, true)) {
            try {
                workers.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false);
                filled.drainTo(free);
                notifyClosed();
            }
        }
    }

    private void drain() {
        do {
            for (short[] frame = filled.poll(); frame != null; frame = filled.poll()) {
                try {
                    consumer.consume(frame);
                } finally {
                    free.add(frame);
                    consumed++;
                }
            }
            draining.set(false);
        } while (!filled.isEmpty() && draining.compareAndSet(false, true));
        if (closing && filled.isEmpty()) {
            notifyClosed();
        }
    }

    private void notifyClosed() {
        if (closedNotified.compareAndSet(false, true)) {
            consumer.closed();
        }
    }

    public long dropped() {
        return dropped;
    }

    public long consumed() {
        return consumed;
    }
}
