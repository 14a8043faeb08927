package io.holdslayer.web.security;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sliding minute of call attempts per caller: a stolen or runaway token can place only so many calls (toll
 * fraud is counted in calls per minute). Attempts count whether or not the call is then allowed.
 */
public final class CallRateLimit {

    static final long WINDOW_MILLIS = 60_000;

    private final Clock clock;
    private final int perMinute;
    private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();

    public CallRateLimit(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Records an attempt; when over the limit, the seconds until one is allowed again (and nothing recorded). */
    public OptionalLong tryAcquire(String caller) {
        long now = clock.millis();
        Deque<Long> times = attempts.computeIfAbsent(caller, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_MILLIS) {
                times.removeFirst();
            }
            if (times.size() >= perMinute) {
                return OptionalLong.of(Math.max(1, (times.peekFirst() + WINDOW_MILLIS - now + 999) / 1000));
            }
            times.addLast(now);
            return OptionalLong.empty();
        }
    }
}
