package io.holdslayer.api.media;

import java.io.Serializable;

/**
 * Counters of one leg's RTP session since it opened.
 *
 * @param packetsReceived valid RTP packets accepted from the latched peer
 * @param packetsLost     expected minus received (RFC 3550 A.3), never negative
 * @param packetsLate     packets that arrived after their playout time and were dropped
 * @param packetsMalformed datagrams dropped as not valid RTP (bad version, truncated, absurd lengths)
 * @param packetsUnknownPayload valid RTP with a payload type that was not negotiated
 * @param packetsForeign  packets from a source other than the latched peer
 * @param framesConcealed 20 ms frames played out by concealment because their packet was missing
 * @param jitterMillis    interarrival jitter (RFC 3550 A.8)
 * @param packetsSent     RTP packets sent
 * @param rtcpReceived    valid RTCP packets received
 * @param rtcpSent        RTCP reports sent
 * @param dtmfReceived    digits heard (RFC 4733 and in band)
 */
public record LegStatistics(long packetsReceived, long packetsLost, long packetsLate, long packetsMalformed,
                            long packetsUnknownPayload, long packetsForeign, long framesConcealed,
                            double jitterMillis, long packetsSent, long rtcpReceived, long rtcpSent,
                            long dtmfReceived) implements Serializable {
}
