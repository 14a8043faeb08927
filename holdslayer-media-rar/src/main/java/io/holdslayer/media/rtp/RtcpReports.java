package io.holdslayer.media.rtp;

/**
 * Builds and checks RTCP packets (RFC 3550 section 6.4): a sender report when we sent RTP since the last
 * report, else a receiver report, each with one report block about the peer and followed by the SDES CNAME
 * that a compound packet must carry; a leg that closes adds a BYE. Incoming compound packets are validated length by length; the middle
 * 32 bits of the peer's last SR timestamp are kept for the LSR/DLSR fields.
 */
public final class RtcpReports {

    private static final long NTP_EPOCH_OFFSET_SECONDS = 2_208_988_800L;

    private final long ssrc;
    private final byte[] cname;
    private long lastSrMiddle;
    private long lastSrArrivalMillis;

    public RtcpReports(long ssrc, String cname) {
        this.ssrc = ssrc;
        this.cname = cname.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * Writes a compound SR/RR + SDES into {@code out}; returns its length.
     *
     * @param peerSsrc 0 when nothing was received yet (no report block then)
     */
    public int write(byte[] out, boolean sent, long packetsSent, long octetsSent, long rtpTimestamp,
                     long peerSsrc, ReceptionStatistics reception, long nowMillis) {
        boolean block = peerSsrc != 0 && reception.started();
        int at = 0;
        out[at] = (byte) (0x80 | (block ? 1 : 0));
        out[at + 1] = (byte) (sent ? 200 : 201);
        int words = (sent ? 6 : 1) + (block ? 6 : 0);
        out[at + 2] = (byte) (words >> 8);
        out[at + 3] = (byte) words;
        RtpPacket.writeUint32(out, at + 4, ssrc);
        at += 8;
        if (sent) {
            long seconds = nowMillis / 1000 + NTP_EPOCH_OFFSET_SECONDS;
            long fraction = ((nowMillis % 1000) << 32) / 1000;
            RtpPacket.writeUint32(out, at, seconds);
            RtpPacket.writeUint32(out, at + 4, fraction);
            RtpPacket.writeUint32(out, at + 8, rtpTimestamp);
            RtpPacket.writeUint32(out, at + 12, packetsSent);
            RtpPacket.writeUint32(out, at + 16, octetsSent);
            at += 20;
        }
        if (block) {
            RtpPacket.writeUint32(out, at, peerSsrc);
            long lost = Math.min(reception.lost(), 0x7FFFFF);
            RtpPacket.writeUint32(out, at + 4, ((long) reception.fractionLostSinceLastReport() << 24) | lost);
            RtpPacket.writeUint32(out, at + 8, reception.extendedHighestSequence());
            RtpPacket.writeUint32(out, at + 12, (long) reception.jitter());
            RtpPacket.writeUint32(out, at + 16, lastSrMiddle);
            long delay = lastSrArrivalMillis == 0 ? 0 : ((nowMillis - lastSrArrivalMillis) << 16) / 1000;
            RtpPacket.writeUint32(out, at + 20, lastSrArrivalMillis == 0 ? 0 : delay);
            at += 24;
        }
        return at + writeSdes(out, at);
    }

    private int writeSdes(byte[] out, int at) {
        int itemBytes = 2 + cname.length;
        int chunkBytes = 4 + itemBytes + 1;
        int padded = (chunkBytes + 3) & ~3;
        out[at] = (byte) 0x81;
        out[at + 1] = (byte) 202;
        int words = padded / 4;
        out[at + 2] = (byte) (words >> 8);
        out[at + 3] = (byte) words;
        RtpPacket.writeUint32(out, at + 4, ssrc);
        out[at + 8] = 1;
        out[at + 9] = (byte) cname.length;
        System.arraycopy(cname, 0, out, at + 10, cname.length);
        for (int i = at + 10 + cname.length; i < at + 4 + padded; i++) {
            out[i] = 0;
        }
        return 4 + padded;
    }

    /** Appends a BYE for our SSRC at {@code at}; returns its length. */
    public int writeBye(byte[] out, int at) {
        out[at] = (byte) 0x81;
        out[at + 1] = (byte) 203;
        out[at + 2] = 0;
        out[at + 3] = 1;
        RtpPacket.writeUint32(out, at + 4, ssrc);
        return 8;
    }

    /** Checks a received compound packet; remembers the peer's SR time. Returns false when malformed. */
    public boolean read(byte[] in, int length, long nowMillis) {
        if (length < 8) {
            return false;
        }
        int at = 0;
        boolean first = true;
        while (at < length) {
            if (at + 4 > length || (in[at] & 0xC0) != 0x80) {
                return false;
            }
            int type = in[at + 1] & 0xFF;
            if (first && type != 200 && type != 201) {
                return false;
            }
            int bytes = 4 * (1 + (((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF)));
            if (at + bytes > length || type < 192 || type > 223) {
                return false;
            }
            if (type == 200 && bytes >= 28) {
                lastSrMiddle = (RtpPacket.readUint32(in, at + 8) << 16 | RtpPacket.readUint32(in, at + 12) >>> 16)
                        & 0xFFFFFFFFL;
                lastSrArrivalMillis = nowMillis;
            }
            first = false;
            at += bytes;
        }
        return true;
    }
}
