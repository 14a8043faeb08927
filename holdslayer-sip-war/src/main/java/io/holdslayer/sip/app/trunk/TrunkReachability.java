package io.holdslayer.sip.app.trunk;

import io.holdslayer.api.event.EventType;

/**
 * Whether an IP-authenticated trunk answers its OPTIONS keepalives, and which event a change deserves. It starts
 * {@code UNKNOWN}; the first answer makes it {@code REACHABLE} ({@code TRUNK_REGISTERED}), a keepalive that gets
 * no final response makes it {@code UNREACHABLE} ({@code TRUNK_FAILED}), and an answer after that makes it
 * reachable again ({@code TRUNK_REGISTERED}). Repeating the same outcome announces nothing. Keepalives overlap
 * while the trunk is away (each waits 32 s for an answer over UDP), so the timeout of one sent before a keepalive
 * that was answered is stale and ignored.
 */
final class TrunkReachability {

    enum State { UNKNOWN, REACHABLE, UNREACHABLE }

    private State state = State.UNKNOWN;
    private long latestAnsweredSentAt = Long.MIN_VALUE;

    /**
     * The keepalive sent at {@code sentAt} (any monotonic clock) got a final response; returns the event to
     * publish, or null when nothing changed.
     */
    synchronized EventType answered(long sentAt) {
        latestAnsweredSentAt = Math.max(latestAnsweredSentAt, sentAt);
        return moveTo(State.REACHABLE, EventType.TRUNK_REGISTERED);
    }

    /** The keepalive sent at {@code sentAt} timed out or could not be sent; returns the event to publish, or null. */
    synchronized EventType unanswered(long sentAt) {
        if (sentAt < latestAnsweredSentAt) {
            return null;
        }
        return moveTo(State.UNREACHABLE, EventType.TRUNK_FAILED);
    }

    synchronized State state() {
        return state;
    }

    private EventType moveTo(State next, EventType announcement) {
        if (state == next) {
            return null;
        }
        state = next;
        return announcement;
    }
}
