package io.holdslayer.web.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallRateLimitTest {

    private Instant now = Instant.parse("2026-11-21T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void theLimitHoldsPerCallerOverASlidingMinute() {
        CallRateLimit limit = new CallRateLimit(clock, 2);
        assertTrue(limit.tryAcquire("a").isEmpty());
        now = now.plusSeconds(20);
        assertTrue(limit.tryAcquire("a").isEmpty());
        assertEquals(OptionalLong.of(40), limit.tryAcquire("a"), "the first attempt leaves the window in 40 s");
        assertTrue(limit.tryAcquire("b").isEmpty(), "another caller has its own budget");

        now = now.plusSeconds(40);
        assertTrue(limit.tryAcquire("a").isEmpty());
        assertEquals(OptionalLong.of(20), limit.tryAcquire("a"), "refused attempts are not counted");
    }
}
