package io.holdslayer.media.mixer;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The 20 ms heartbeat of the media plane. One thread runs the tick on absolute deadlines (no drift); changes
 * to bridges and legs are queued as commands (a lock-free queue) and run on the same thread just before a tick,
 * in the order they were queued, so a tick always sees a consistent picture. Callers normally do not wait for
 * a command ({@link #execute}); {@link #submit} is for the few that must (shutdown). A tick that ends after the next deadline is late: its frames count as late
 * frames. When the clock falls more than five ticks behind (a stalled machine) it skips ahead instead of
 * bursting, and counts the skipped ticks as late too.
 */
public final class MediaClock implements Runnable {

    /** The work of one tick; returns how many frames (legs) it handled. */
    public interface Tick {
        int run(long tickIndex);
    }

    public static final long PERIOD_NANOS = 20_000_000L;
    private static final Logger LOG = Logger.getLogger(MediaClock.class.getName());

    private final Tick tick;
    private final Queue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private volatile Thread thread;
    private volatile boolean running;
    private long tickIndex;
    private volatile long ticks;
    private volatile long lateTicks;
    private volatile long frames;
    private volatile long lateFrames;
    private volatile long busyNanos;
    private volatile long maxTickNanos;

    public MediaClock(Tick tick) {
        this.tick = tick;
    }

    public synchronized void start(ThreadFactory threads) {
        if (running) {
            return;
        }
        running = true;
        thread = threads.newThread(this);
        thread.setName("holdslayer-media-clock");
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    /**
     * Queues a change to run on the clock thread before the next tick, without waiting for it. A failing
     * command is logged; the commands after it still run.
     */
    public void execute(Runnable command) {
        commands.add(() -> {
            try {
                command.run();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "media clock command failed", e);
            }
        });
        if (!running) {
            runCommands();
        }
    }

    /** Runs a change on the clock thread before the next tick; completes when done. */
    public CompletableFuture<Void> submit(Runnable command) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        commands.add(() -> {
            try {
                command.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        if (!running) {
            runCommands();
        }
        return done;
    }

    /** One tick on the caller's thread, for tests that drive the clock by hand (clock not started). */
    public synchronized void tickOnce() {
        if (running) {
            throw new IllegalStateException("the clock is running on its own thread");
        }
        runCommands();
        frames += tick.run(tickIndex++);
        ticks++;
    }

    @Override
    public void run() {
        long deadline = System.nanoTime();
        while (running) {
            runCommands();
            long started = System.nanoTime();
            int handled = safeTick();
            long ended = System.nanoTime();
            account(handled, ended - started);
            deadline += PERIOD_NANOS;
            if (ended > deadline) {
                lateTicks++;
                lateFrames += handled;
                long behind = (ended - deadline) / PERIOD_NANOS;
                if (behind > 5) {
                    lateTicks += behind;
                    deadline += behind * PERIOD_NANOS;
                }
            }
            for (long wait = deadline - System.nanoTime(); wait > 0 && running; wait = deadline - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
        }
        runCommands();
    }

    private int safeTick() {
        try {
            return tick.run(tickIndex++);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "media tick failed", e);
            return 0;
        }
    }

    private void account(int handled, long nanos) {
        ticks++;
        frames += handled;
        busyNanos += nanos;
        if (nanos > maxTickNanos) {
            maxTickNanos = nanos;
        }
    }

    private void runCommands() {
        for (Runnable command = commands.poll(); command != null; command = commands.poll()) {
            command.run();
        }
    }

    public void stop() {
        Thread current;
        synchronized (this) {
            running = false;
            current = thread;
            thread = null;
        }
        if (current != null) {
            LockSupport.unpark(current);
            try {
                current.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        runCommands();
    }

    public boolean running() {
        return running;
    }

    public long ticks() {
        return ticks;
    }

    public long lateTicks() {
        return lateTicks;
    }

    public long frames() {
        return frames;
    }

    public long lateFrames() {
        return lateFrames;
    }

    public long busyNanos() {
        return busyNanos;
    }

    /** The longest tick since the last call (and resets it). */
    public long maxTickNanosAndReset() {
        long max = maxTickNanos;
        maxTickNanos = 0;
        return max;
    }
}
