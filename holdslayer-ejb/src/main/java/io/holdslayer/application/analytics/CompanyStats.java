package io.holdslayer.application.analytics;

/**
 * How calls to one company number went. Seconds are {@code null} where no call had the moments to measure them.
 *
 * @param successRate                bridged calls over all calls, 0-1
 * @param averageHoldSeconds         hold from its start to a person answering (or the call ending)
 * @param averageTimeToHumanSeconds  from the company answering to a person being detected
 */
public record CompanyStats(String number, long calls, long bridged, double successRate, long failed,
                           Double averageHoldSeconds, Double p50HoldSeconds, Double p90HoldSeconds,
                           Double averageTimeToHumanSeconds) {

    static CompanyStats of(String number, Tally t) {
        return new CompanyStats(number, t.calls(), t.bridged(), t.successRate(), t.failed(), t.averageHold(),
                t.holdPercentile(50), t.holdPercentile(90), t.averageTimeToHuman());
    }
}
