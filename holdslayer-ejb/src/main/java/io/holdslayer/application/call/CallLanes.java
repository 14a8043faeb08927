package io.holdslayer.application.call;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One lane per call: the call's tasks run one at a time in the order submitted, different calls in parallel
 * on the shared executor. A task that throws is logged and does not stop the lane.
 */
final class CallLanes {

    private static final Logger LOG = Logger.getLogger(CallLanes.class.getName());
    private static final int BATCH = 32;

    private final Executor executor;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

    CallLanes(Executor executor) {
        this.executor = executor;
    }

    void submit(String callId, Runnable task) {
        lanes.computeIfAbsent(callId, id -> new Lane()).submit(task);
    }

    /** Forgets an idle lane of an ended call (tasks still queued run first). */
    void retire(String callId) {
        lanes.computeIfPresent(callId, (id, lane) -> lane.idle() ? null : lane);
    }

    private final class Lane implements Runnable {
        private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();

        void submit(Runnable task) {
            tasks.add(task);
            schedule();
        }

        boolean idle() {
            return tasks.isEmpty() && !scheduled.get();
        }

        private void schedule() {
            if (scheduled.compareAndSet(false, true)) {
                executor.execute(this);
            }
        }

        @Override
        public void run() {
            try {
                Runnable task;
                for (int n = 0; n < BATCH && (task = tasks.poll()) != null; n++) {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "call task failed: " + e, e);
                    }
                }
            } finally {
                scheduled.set(false);
                if (!tasks.isEmpty()) {
                    schedule();
                }
            }
        }
    }
}
