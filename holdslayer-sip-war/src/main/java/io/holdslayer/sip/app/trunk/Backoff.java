package io.holdslayer.sip.app.trunk;

/** Exponential back-off between failed registrations: 5 s, 10 s, 20 s … capped at 5 minutes. */
public final class Backoff {

    static final long FIRST_SECONDS = 5;
    static final long MAX_SECONDS = 300;

    private int failures;

    public long nextDelaySeconds() {
        long delay = Math.min(MAX_SECONDS, FIRST_SECONDS << Math.min(failures, 16));
        failures++;
        return delay;
    }

    public void reset() {
        failures = 0;
    }

    public int failures() {
        return failures;
    }

    /** When to refresh a registration granted for {@code expires} seconds: well before it lapses. */
    public static long refreshDelaySeconds(int expires) {
        return Math.max(1, Math.min(expires - 5, Math.round(expires * 0.8)));
    }
}
