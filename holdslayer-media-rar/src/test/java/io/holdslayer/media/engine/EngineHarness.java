package io.holdslayer.media.engine;

import io.holdslayer.api.media.MediaEvent;
import io.holdslayer.api.media.MediaEventType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A real engine on loopback with its own port range per test, recording the events it publishes. */
final class EngineHarness implements AutoCloseable {

    private static final AtomicInteger NEXT_RANGE = new AtomicInteger();

    final List<MediaEvent> events = new CopyOnWriteArrayList<>();
    final MediaEngine engine;

    EngineHarness(Path recordings) throws IOException {
        this(recordings, 30);
    }

    EngineHarness(Path recordings, int rtpTimeoutSeconds) throws IOException {
        int base = 41000 + 200 * (NEXT_RANGE.getAndIncrement() % 40) + 200 * 40 * (int) (ProcessHandle.current().pid() % 3);
        engine = new MediaEngine(EngineSettings.loopback(base, base + 199, recordings).withRtpTimeout(rtpTimeoutSeconds),
                events::add, MediaEngine.daemonThreads());
    }

    String digitsHeard(String legId) {
        StringBuilder digits = new StringBuilder();
        for (MediaEvent event : events) {
            if (event.type() == MediaEventType.DTMF_HEARD && event.legId().equals(legId)) {
                digits.append(event.detail());
            }
        }
        return digits.toString();
    }

    List<MediaEvent> of(MediaEventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    static void waitUntil(java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
