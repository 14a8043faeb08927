package io.holdslayer.sip.app.registrar;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterRateLimiterTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void blocksASourceAfterTheLimitUntilItsFailuresAgeOut() {
        RegisterRateLimiter limiter = new RegisterRateLimiter(clock, 3);
        for (int i = 0; i < 3; i++) {
            assertFalse(limiter.blocked("10.0.0.1"));
            limiter.failed("10.0.0.1");
            now = now.plusSeconds(1);
        }
        assertTrue(limiter.blocked("10.0.0.1"));
        assertFalse(limiter.blocked("10.0.0.2"), "other sources are not affected");
        now = now.plusSeconds(58);
        assertFalse(limiter.blocked("10.0.0.1"), "the first failure left the one-minute window");
    }

    @Test
    void successClearsTheCount() {
        RegisterRateLimiter limiter = new RegisterRateLimiter(clock, 2);
        limiter.failed("a");
        limiter.succeeded("a");
        limiter.failed("a");
        assertFalse(limiter.blocked("a"));
    }
}
