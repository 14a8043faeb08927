package io.holdslayer.media.rtp;

/**
 * Receive-side bookkeeping of RFC 3550 appendix A: extended highest sequence number, expected versus received
 * (loss), interarrival jitter, and the values an RTCP report block carries. Updated by the media clock thread
 * only; read from any thread (counters are volatile enough for monitoring).
 */
public final class ReceptionStatistics {

    private static final int MAX_DROPOUT = 3000;

    private boolean started;
    private long ssrc;
    private volatile long total;
    private long lostBefore;
    private int baseSequence;
    private int maxSequence;
    private long cycles;
    private volatile long received;
    private long expectedPrior;
    private long receivedPrior;
    private long lastTransit;
    private boolean haveTransit;
    private volatile double jitter;
    private volatile long malformed;
    private volatile long unknownPayload;
    private volatile long foreign;
    private volatile long late;

    /**
     * Records an accepted packet; arrival is in RTP timestamp units (8 kHz). A new SSRC (the peer restarted its
     * stream) starts the per-source bookkeeping afresh; totals keep counting.
     */
    public void packetArrived(long ssrc, int sequence, long rtpTimestamp, long arrivalUnits) {
        total++;
        if (started && ssrc != this.ssrc) {
            lostBefore += lost();
            started = false;
            haveTransit = false;
            cycles = 0;
            received = 0;
            expectedPrior = 0;
            receivedPrior = 0;
        }
        this.ssrc = ssrc;
        if (!started) {
            started = true;
            baseSequence = sequence;
            maxSequence = sequence;
        } else {
            int delta = (sequence - maxSequence) & 0xFFFF;
            if (delta < MAX_DROPOUT) {
                if (sequence < maxSequence) {
                    cycles += 65536;
                }
                maxSequence = sequence;
            } else if (delta > 65536 - 100) {
                // reordered or duplicate: counted as received, does not move the maximum
            } else {
                baseSequence = sequence;
                maxSequence = sequence;
                cycles = 0;
                received = 0;
                expectedPrior = 0;
                receivedPrior = 0;
            }
        }
        received++;
        long transit = arrivalUnits - rtpTimestamp;
        if (haveTransit) {
            long d = Math.abs(transit - lastTransit);
            jitter += (d - jitter) / 16.0;
        }
        lastTransit = transit;
        haveTransit = true;
    }

    public long extendedHighestSequence() {
        return cycles + maxSequence;
    }

    public long expected() {
        return started ? extendedHighestSequence() - baseSequence + 1 : 0;
    }

    /** Packets lost from the current source (the RTCP cumulative count). */
    public long lost() {
        return Math.max(0, expected() - received);
    }

    /** Packets lost over every source the peer used. */
    public long totalLost() {
        return lostBefore + lost();
    }

    /** Packets accepted over every source. */
    public long total() {
        return total;
    }

    /** Loss fraction since the last call, in 1/256 (RTCP report block); moves the interval on. */
    public int fractionLostSinceLastReport() {
        long expectedInterval = expected() - expectedPrior;
        long receivedInterval = received - receivedPrior;
        expectedPrior = expected();
        receivedPrior = received;
        long lostInterval = expectedInterval - receivedInterval;
        return expectedInterval == 0 || lostInterval <= 0 ? 0 : (int) ((lostInterval << 8) / expectedInterval);
    }

    public boolean started() {
        return started;
    }

    public long received() {
        return received;
    }

    /** Jitter in RTP timestamp units. */
    public double jitter() {
        return jitter;
    }

    public void malformed() {
        malformed++;
    }

    public void unknownPayload() {
        unknownPayload++;
    }

    public void foreign() {
        foreign++;
    }

    public void late() {
        late++;
    }

    public long malformedCount() {
        return malformed;
    }

    public long unknownPayloadCount() {
        return unknownPayload;
    }

    public long foreignCount() {
        return foreign;
    }

    public long lateCount() {
        return late;
    }
}
