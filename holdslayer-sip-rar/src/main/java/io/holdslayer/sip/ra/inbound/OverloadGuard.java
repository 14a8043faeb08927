package io.holdslayer.sip.ra.inbound;

import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Overload control for new calls. It counts the stack's threads that are inside the application; once that count
 * reaches the limit, the stack's threads are (nearly) all taken and further messages wait in its queue, so a new
 * INVITE (no To tag) is refused at once with {@code 503} and {@code Retry-After} instead of adding to the wait.
 * Everything else (requests within a dialog, CANCEL, ACK, responses, timeouts) is still delivered: it finishes
 * calls and frees capacity. A limit of 0 turns the guard off.
 */
final class OverloadGuard {

    private static final Logger LOG = Logger.getLogger(OverloadGuard.class.getName());

    private final int limit;
    private final int retryAfterSeconds;
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();
    private static final long REPORT_INTERVAL_NANOS = 10_000_000_000L;

    private volatile boolean overloaded;
    private volatile long lastReport = System.nanoTime() - REPORT_INTERVAL_NANOS - 1;

    OverloadGuard(int limit, int retryAfterSeconds) {
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whether this request is a new call to refuse now. */
    boolean refuses(Request request) {
        if (limit <= 0 || !Request.INVITE.equals(request.getMethod()) || inDialog(request)) {
            return false;
        }
        boolean saturated = busy.get() >= limit;
        if (saturated) {
            refused.incrementAndGet();
        }
        if (saturated && !overloaded) {
            overloaded = true;
            long now = System.nanoTime();
            if (now - lastReport > REPORT_INTERVAL_NANOS) {
                lastReport = now;
                LOG.warning(() -> "SIP overload: " + limit + " listener threads busy, new INVITEs are answered 503 ("
                        + refused.get() + " so far; reported at most every 10 s)");
            }
        } else if (!saturated && overloaded) {
            overloaded = false;
        }
        return saturated;
    }

    void enter() {
        busy.incrementAndGet();
    }

    void exit() {
        busy.decrementAndGet();
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
