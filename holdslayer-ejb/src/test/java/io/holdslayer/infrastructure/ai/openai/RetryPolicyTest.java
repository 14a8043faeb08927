package io.holdslayer.infrastructure.ai.openai;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {

    @Test
    void onlyRateLimitsAndServerErrorsAreRetried() {
        assertTrue(RetryPolicy.retryable(429));
        assertTrue(RetryPolicy.retryable(500));
        assertTrue(RetryPolicy.retryable(503));
        assertFalse(RetryPolicy.retryable(400));
        assertFalse(RetryPolicy.retryable(401));
        assertFalse(RetryPolicy.retryable(404));
    }

    @Test
    void withoutRetryAfterTheWaitDoublesUpToALimit() {
        assertEquals(Duration.ofMillis(250), RetryPolicy.waitAfter(0, Optional.empty()));
        assertEquals(Duration.ofMillis(500), RetryPolicy.waitAfter(1, Optional.empty()));
        assertEquals(Duration.ofMillis(1000), RetryPolicy.waitAfter(2, Optional.empty()));
        assertEquals(Duration.ofSeconds(4), RetryPolicy.waitAfter(9, Optional.empty()));
    }

    @Test
    void retryAfterInSecondsOrAsADateIsHonouredUpToThirtySeconds() {
        assertEquals(Duration.ofSeconds(3), RetryPolicy.waitAfter(0, Optional.of("3")));
        assertEquals(RetryPolicy.LONGEST_WAIT, RetryPolicy.waitAfter(0, Optional.of("3600")));
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)
                .plusSeconds(10));
        Duration wait = RetryPolicy.waitAfter(0, Optional.of(inTenSeconds));
        assertTrue(wait.compareTo(Duration.ofSeconds(8)) > 0 && wait.compareTo(Duration.ofSeconds(11)) < 0,
                wait.toString());
        assertEquals(Duration.ZERO, RetryPolicy.waitAfter(0, Optional.of("Thu, 01 Jan 1970 00:00:00 GMT")));
        assertEquals(Duration.ofMillis(250), RetryPolicy.waitAfter(0, Optional.of("soon")), "unreadable: backoff");
    }
}
