package io.holdslayer.application.analytics;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Counts, rates, averages and nearest-rank percentiles over a group of calls. */
final class Tally {

    private final List<CallTimes> calls;
    private final List<Double> holds;

    Tally(List<CallTimes> calls) {
        this.calls = calls;
        this.holds = calls.stream().flatMap(c -> c.hold().stream()).map(Tally::seconds).sorted().toList();
    }

    long calls() {
        return calls.size();
    }

    long bridged() {
        return calls.stream().filter(CallTimes::bridged).count();
    }

    long failed() {
        return calls.stream().filter(CallTimes::failed).count();
    }

    double successRate() {
        return calls.isEmpty() ? 0.0 : round((double) bridged() / calls.size());
    }

    Double averageHold() {
        return average(holds);
    }

    /** @param p within (0, 100] */
    Double holdPercentile(int p) {
        if (holds.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * holds.size());
        return holds.get(Math.max(rank, 1) - 1);
    }

    Double averageTimeToHuman() {
        return average(calls.stream().map(CallTimes::timeToHuman).flatMap(Optional::stream).map(Tally::seconds).toList());
    }

    private static Double average(List<Double> values) {
        return values.isEmpty() ? null : round(values.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
