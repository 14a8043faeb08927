package io.holdslayer.sip.ra.inbound;

import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Overload control for new calls. The stack is behind when the oldest message in its UDP queue has waited longer
 * than the queue limit (its threads are busy, in the application or blocked inside the stack), or when the
 * threads inside the application have stayed at the thread limit for longer than SIP's T1 (500 ms, after which
 * peers retransmit and the load grows by itself). Then a new INVITE (no To tag) is refused at once with
 * {@code 503} and {@code Retry-After} instead of adding to the wait. A shorter burst (a garbage collection, a
 * moment without CPU) is absorbed by the queue. Everything else (requests within a
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
    private final long queueLimitMillis;
    private final LongSupplier queueDelayMillis;
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicLong saturatedSince = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile long lastReport = System.nanoTime() - REPORT_INTERVAL_NANOS - 1;

    /** No guard. */
    OverloadGuard() {
        this(0, 1, 0, () -> 0);
    }

    /**
     * @param limit            busy threads (0: overload control off)
     * @param queueLimitMillis longest wait of the oldest queued message (0: not watched)
     * @param queueDelayMillis how long the oldest queued message has waited
     */
    OverloadGuard(int limit, int retryAfterSeconds, long queueLimitMillis, LongSupplier queueDelayMillis) {
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
        this.graceNanos = DEFAULT_GRACE_NANOS;
        this.queueLimitMillis = queueLimitMillis;
        this.queueDelayMillis = queueDelayMillis;
    }

    /** Whether this request is a new call to refuse now. */
    boolean refuses(Request request) {
        if (limit <= 0 || !Request.INVITE.equals(request.getMethod()) || inDialog(request)) {
            return false;
        }
        long now = System.nanoTime();
        long queued = queueLimitMillis > 0 ? queueDelayMillis.getAsLong() : 0;
        boolean queueBehind = queued > queueLimitMillis && queueLimitMillis > 0;
        long since = saturatedSince.get();
        boolean threadsTaken = since != 0 && now - since >= graceNanos && busy.get() >= limit;
        if (!queueBehind && !threadsTaken) {
            return false;
        }
        long count = refused.incrementAndGet();
        if (now - lastReport > REPORT_INTERVAL_NANOS) {
            lastReport = now;
            String why = queueBehind ? "messages wait " + queued + " ms in the stack's queue"
                    : limit + " listener threads busy for more than " + graceNanos / 1_000_000 + " ms";
            LOG.warning(() -> "SIP overload: " + why + ", new INVITEs are answered 503 (" + count
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
