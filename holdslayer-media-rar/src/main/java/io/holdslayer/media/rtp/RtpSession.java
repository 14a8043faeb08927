package io.holdslayer.media.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The RTP/RTCP session of one call leg (RFC 3550): our SSRC, sequence number and timestamp (random starts), the
 * peer's address, and symmetric latching: the first valid packet fixes the peer's real source address (which
 * behind NAT differs from the SDP), we send there, and packets from any other source are counted and ignored
 * until the SDP names a new address. The one exception is the address the SDP names: packets from it always
 * take the latch back, so a stranger who sends first cannot keep a peer's stream that is not behind NAT.
 * Receiving runs on the receiver thread, sending on the clock thread.
 */
public final class RtpSession {

    private final PortAllocator.PortPair ports;
    private final long ssrc = ThreadLocalRandom.current().nextLong(1, 0xFFFFFFFFL);
    private final RtcpReports rtcp;
    private final ReceptionStatistics reception = new ReceptionStatistics();
    private final RtpPacket parsed = new RtpPacket();
    private final byte[] out = new byte[1500];
    private final ByteBuffer outBuffer = ByteBuffer.wrap(out);
    private int sequence = ThreadLocalRandom.current().nextInt(0, 0x8000);
    private volatile InetSocketAddress remoteRtp;
    private volatile InetSocketAddress signalled;
    private volatile InetSocketAddress remoteRtcp;
    private volatile InetSocketAddress latched;
    private volatile long peerSsrc;
    private volatile long packetsSent;
    private long octetsSent;
    private long lastSentTimestamp;
    private boolean sentSinceReport;
    private volatile long rtcpReceived;
    private volatile long rtcpMalformed;
    private volatile long rtcpSent;
    private volatile long lastArrivalNanos;

    public RtpSession(PortAllocator.PortPair ports, String cname) {
        this.ports = ports;
        this.rtcp = new RtcpReports(ssrc, cname);
    }

    public int localPort() {
        return ports.rtpPort();
    }

    /** Where to send, from SDP; a changed address re-opens latching. */
    public void remote(InetSocketAddress rtp, InetSocketAddress rtcpAddress) {
        if (!rtp.equals(signalled)) {
            latched = null;
        }
        signalled = rtp;
        remoteRtp = rtp;
        remoteRtcp = rtcpAddress;
    }

    /**
     * Checks a datagram that arrived on the RTP port: returns the parsed packet, or null when it was malformed
     * or came from a stranger (both counted). The returned view is valid until the next call.
     */
    public RtpPacket accept(byte[] buffer, int length, InetSocketAddress source, long arrivalNanos) {
        if (parsed.parse(buffer, length) != null) {
            reception.malformed();
            return null;
        }
        InetSocketAddress peer = latched;
        if (peer != null && !peer.equals(source) && !source.equals(signalled)) {
            reception.foreign();
            return null;
        }
        return parsed;
    }

    /**
     * Records a packet the leg accepted (a negotiated payload type): latches to its source if not latched yet
     * and counts it in the reception statistics.
     */
    public void confirm(RtpPacket packet, InetSocketAddress source, long arrivalNanos) {
        if (latched == null || !latched.equals(source)) {
            latched = source;
            remoteRtp = source;
            remoteRtcp = new InetSocketAddress(source.getAddress(), source.getPort() + 1);
        }
        peerSsrc = packet.ssrc();
        lastArrivalNanos = arrivalNanos;
        reception.packetArrived(packet.ssrc(), packet.sequence(), packet.timestamp(), arrivalNanos / 125_000);
    }

    /** Checks a datagram that arrived on the RTCP port. */
    public void acceptRtcp(byte[] buffer, int length, long nowMillis) {
        if (rtcp.read(buffer, length, nowMillis)) {
            rtcpReceived++;
        } else {
            rtcpMalformed++;
        }
    }

    /** The packet buffer to fill from {@link RtpPacket#HEADER_BYTES} on before {@link #send}. */
    public byte[] outBuffer() {
        return out;
    }

    /** Sends a packet whose payload was written into {@link #outBuffer()}; returns false when no peer is known. */
    public boolean send(boolean marker, int payloadType, long timestamp, int payloadLength) {
        InetSocketAddress target = remoteRtp;
        if (target == null) {
            return false;
        }
        RtpPacket.writeHeader(out, marker, payloadType, sequence, timestamp, ssrc);
        sequence = (sequence + 1) & 0xFFFF;
        outBuffer.clear().limit(RtpPacket.HEADER_BYTES + payloadLength);
        try {
            ports.rtp().send(outBuffer, target);
        } catch (IOException e) {
            return false;
        }
        packetsSent++;
        octetsSent += payloadLength;
        lastSentTimestamp = timestamp;
        sentSinceReport = true;
        return true;
    }

    /** Sends an SR (or RR when we have not sent since the last one) to the peer's RTCP port. */
    public void sendReport(long nowMillis) {
        sendReport(nowMillis, false);
    }

    /** The last report, with a BYE: we are leaving the session. */
    public void sendBye(long nowMillis) {
        sendReport(nowMillis, true);
    }

    private void sendReport(long nowMillis, boolean bye) {
        InetSocketAddress target = remoteRtcp;
        if (target == null) {
            return;
        }
        byte[] report = new byte[256];
        int length = rtcp.write(report, sentSinceReport, packetsSent, octetsSent, lastSentTimestamp, peerSsrc,
                reception, nowMillis);
        if (bye) {
            length += rtcp.writeBye(report, length);
        }
        sentSinceReport = false;
        try {
            ports.rtcp().send(ByteBuffer.wrap(report, 0, length), target);
            rtcpSent++;
        } catch (IOException e) {
            // an unreachable peer shows in the statistics; RTCP is best effort
        }
    }

    public PortAllocator.PortPair ports() {
        return ports;
    }

    public ReceptionStatistics reception() {
        return reception;
    }

    public long ssrc() {
        return ssrc;
    }

    public InetSocketAddress latched() {
        return latched;
    }

    public InetSocketAddress remoteRtp() {
        return remoteRtp;
    }

    public long packetsSent() {
        return packetsSent;
    }

    public long rtcpReceived() {
        return rtcpReceived;
    }

    public long rtcpMalformed() {
        return rtcpMalformed;
    }

    public long rtcpSent() {
        return rtcpSent;
    }

    /** nanoTime of the last accepted packet, 0 if none yet. */
    public long lastArrivalNanos() {
        return lastArrivalNanos;
    }
}
