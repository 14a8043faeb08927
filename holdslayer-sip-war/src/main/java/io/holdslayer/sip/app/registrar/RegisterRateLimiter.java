package io.holdslayer.sip.app.registrar;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed authentications per source address over a sliding minute; a source that failed {@code limit}
 * times is blocked until its oldest failure leaves the window. Challenges are not failures.
 */
public final class RegisterRateLimiter {

    static final long WINDOW_MILLIS = 60_000;

    private final Clock clock;
    private final int limit;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    public RegisterRateLimiter(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    public boolean blocked(String source) {
        Deque<Long> times = failures.get(source);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            expire(times);
            return times.size() >= limit;
        }
    }

    public void failed(String source) {
        Deque<Long> times = failures.computeIfAbsent(source, s -> new ArrayDeque<>());
        synchronized (times) {
            expire(times);
            times.addLast(clock.millis());
        }
        if (failures.size() > 10_000) {
            failures.entrySet().removeIf(entry -> !blocked(entry.getKey()) && entry.getValue().isEmpty());
        }
    }

    public void succeeded(String source) {
        failures.remove(source);
    }

    private void expire(Deque<Long> times) {
        long horizon = clock.millis() - WINDOW_MILLIS;
        while (!times.isEmpty() && times.peekFirst() <= horizon) {
            times.removeFirst();
        }
    }
}
