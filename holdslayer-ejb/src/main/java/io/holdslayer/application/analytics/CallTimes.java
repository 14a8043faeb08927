package io.holdslayer.application.analytics;

import io.holdslayer.api.call.CallStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The moments of one call that the statistics use. */
public record CallTimes(String number, CallStatus status, Instant startedAt, Instant connectedAt,
                        Instant holdStartedAt, Instant humanDetectedAt, Instant bridgedAt, Instant endedAt) {

    public boolean bridged() {
        return bridgedAt != null;
    }

    public boolean failed() {
        return status == CallStatus.FAILED;
    }

    /** From the start of hold until a person answered, or until the call ended without one. */
    public Optional<Duration> hold() {
        Instant until = humanDetectedAt != null ? humanDetectedAt : endedAt;
        return between(holdStartedAt, until);
    }

    /** From the company answering until a person was detected. */
    public Optional<Duration> timeToHuman() {
        return between(connectedAt, humanDetectedAt);
    }

    private static Optional<Duration> between(Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(from, to));
    }
}
