package io.holdslayer.application.event;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Event ids: strictly increasing within a run and, because they start from the clock (milliseconds × 1000),
 * still increasing after a restart. A client that remembers the last id it saw can always ask for what came
 * after it.
 */
public final class EventSequence {

    private final AtomicLong last = new AtomicLong();
    private final LongSupplier clockMillis;

    public EventSequence() {
        this(System::currentTimeMillis);
    }

    EventSequence(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    public long next() {
        long floor = clockMillis.getAsLong() * 1000;
        return last.updateAndGet(previous -> Math.max(previous + 1, floor));
    }
}
