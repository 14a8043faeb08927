package io.holdslayer.sip.ra.inbound;

import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Overload control for new calls. It counts the stack's threads that are inside the application; once that count
 * has stayed at the limit for longer than SIP's T1 (500 ms, after which peers start retransmitting and the load
 * grows by itself), the stack's threads are taken and further messages wait in its queue, so a new INVITE (no To
 * tag) is refused at once with {@code 503} and {@code Retry-After} instead of adding to the wait. A shorter burst
 * (a garbage collection, a moment without CPU) is absorbed by the queue. Everything else (requests within a
 * dialog, CANCEL, ACK, responses, timeouts) is still delivered: it finishes calls and frees capacity. A limit of
 * 0 turns the guard off.
 */
final class OverloadGuard {

    static final long DEFAULT_GRACE_NANOS = 500_000_000L;

    private static final Logger LOG = Logger.getLogger(OverloadGuard.class.getName());
    private static final long REPORT_INTERVAL_NANOS = 10_000_000_000L;

    private final int limit;
    private final int retryAfterSeconds;
    private final long graceNanos;
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicLong saturatedSince = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile long lastReport = System.nanoTime() - REPORT_INTERVAL_NANOS - 1;

    OverloadGuard(int limit, int retryAfterSeconds) {
        this(limit, retryAfterSeconds, DEFAULT_GRACE_NANOS);
    }

    OverloadGuard(int limit, int retryAfterSeconds, long graceNanos) {
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
        this.graceNanos = graceNanos;
    }

    /** Whether this request is a new call to refuse now. */
    boolean refuses(Request request) {
        if (limit <= 0 || !Request.INVITE.equals(request.getMethod()) || inDialog(request)) {
            return false;
        }
        long since = saturatedSince.get();
        long now = System.nanoTime();
        if (since == 0 || now - since < graceNanos || busy.get() < limit) {
            return false;
        }
        long count = refused.incrementAndGet();
        if (now - lastReport > REPORT_INTERVAL_NANOS) {
            lastReport = now;
            LOG.warning(() -> "SIP overload: " + limit + " listener threads busy for more than "
                    + graceNanos / 1_000_000 + " ms, new INVITEs are answered 503 (" + count
                    + " so far; reported at most every 10 s)");
        }
        return true;
    }

    void enter() {
        if (busy.incrementAndGet() >= limit && limit > 0) {
            saturatedSince.compareAndSet(0, System.nanoTime());
        }
    }

    void exit() {
        if (busy.decrementAndGet() < limit) {
            saturatedSince.set(0);
        }
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    long refusedCount() {
        return refused.get();
    }

    private static boolean inDialog(Request request) {
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        return to != null && to.getTag() != null;
    }
}
