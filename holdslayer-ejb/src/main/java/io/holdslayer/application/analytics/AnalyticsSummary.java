package io.holdslayer.application.analytics;

import java.time.Instant;

/** Every call started within [from, to), taken together; {@code companies} counts distinct numbers. */
public record AnalyticsSummary(Instant from, Instant to, long calls, long bridged, double successRate, long failed,
                               Double averageHoldSeconds, Double p50HoldSeconds, Double p90HoldSeconds,
                               Double averageTimeToHumanSeconds, long companies) {

    static AnalyticsSummary of(Instant from, Instant to, Tally t, long companies) {
        return new AnalyticsSummary(from, to, t.calls(), t.bridged(), t.successRate(), t.failed(), t.averageHold(),
                t.holdPercentile(50), t.holdPercentile(90), t.averageTimeToHuman(), companies);
    }
}
