package io.holdslayer.simulator;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.pjsip.pjsua2.Endpoint;

/**
 * The scenario thread: one thread, known to pjlib, that runs every scenario step and every pjsua2 operation the
 * simulator starts. It also keeps the calls in progress reachable, so that the garbage collector never finalizes
 * a pjsua2 call from a thread pjlib does not know.
 */
final class Scheduler {

    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "scenario");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<CompanyCall> calls = ConcurrentHashMap.newKeySet();

    Scheduler(Endpoint endpoint) {
        executor.execute(() -> {
            try {
                endpoint.libRegisterThread("scenario");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    ScheduledExecutorService clock() {
        return executor;
    }

    void keep(CompanyCall call) {
        calls.add(call);
    }

    void forget(CompanyCall call) {
        if (calls.remove(call)) {
            executor.schedule(call::delete, 1, TimeUnit.SECONDS);
        }
    }

    void run(CallScript.Step step) {
        executor.execute(() -> {
            try {
                step.run();
            } catch (Exception e) {
                System.err.println("scenario step failed: " + e);
                e.printStackTrace();
            }
        });
    }

    void shutdown() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(2, TimeUnit.SECONDS);
    }
}
