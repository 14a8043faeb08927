package io.holdslayer.media.rtp;

/**
 * A reusable view of one RTP packet in a receive buffer (RFC 3550 section 5.1). {@link #parse} checks every
 * length field against the datagram before trusting it, so random bytes, truncated headers, absurd CSRC counts
 * and extension lengths are rejected with a {@link RtpDefect} instead of an exception.
 */
public final class RtpPacket {

    public static final int HEADER_BYTES = 12;

    private byte[] buffer;
    private boolean marker;
    private int payloadType;
    private int sequence;
    private long timestamp;
    private long ssrc;
    private int payloadOffset;
    private int payloadLength;

    /** Reads the packet in {@code buffer[0, length)}; returns null when valid, else what is wrong. */
    public RtpDefect parse(byte[] buffer, int length) {
        if (length < HEADER_BYTES) {
            return RtpDefect.TOO_SHORT;
        }
        int first = buffer[0] & 0xFF;
        if (first >> 6 != 2) {
            return RtpDefect.WRONG_VERSION;
        }
        int offset = HEADER_BYTES + 4 * (first & 0x0F);
        if (offset > length) {
            return RtpDefect.CSRC_OVERRUN;
        }
        if ((first & 0x10) != 0) {
            if (offset + 4 > length) {
                return RtpDefect.EXTENSION_OVERRUN;
            }
            int words = ((buffer[offset + 2] & 0xFF) << 8) | (buffer[offset + 3] & 0xFF);
            offset += 4 + 4 * words;
            if (offset > length) {
                return RtpDefect.EXTENSION_OVERRUN;
            }
        }
        int end = length;
        if ((first & 0x20) != 0) {
            int padding = buffer[length - 1] & 0xFF;
            if (padding == 0 || offset + padding > length) {
                return RtpDefect.BAD_PADDING;
            }
            end -= padding;
        }
        if (end <= offset) {
            return RtpDefect.EMPTY_PAYLOAD;
        }
        this.buffer = buffer;
        marker = (buffer[1] & 0x80) != 0;
        payloadType = buffer[1] & 0x7F;
        sequence = ((buffer[2] & 0xFF) << 8) | (buffer[3] & 0xFF);
        timestamp = readUint32(buffer, 4);
        ssrc = readUint32(buffer, 8);
        payloadOffset = offset;
        payloadLength = end - offset;
        return null;
    }

    /** Writes a 12-byte header without CSRCs or extension; returns the payload offset. */
    public static int writeHeader(byte[] out, boolean marker, int payloadType, int sequence, long timestamp,
                                  long ssrc) {
        out[0] = (byte) 0x80;
        out[1] = (byte) ((marker ? 0x80 : 0) | (payloadType & 0x7F));
        out[2] = (byte) (sequence >> 8);
        out[3] = (byte) sequence;
        writeUint32(out, 4, timestamp);
        writeUint32(out, 8, ssrc);
        return HEADER_BYTES;
    }

    static long readUint32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8)
                | (b[at + 3] & 0xFF);
    }

    static void writeUint32(byte[] b, int at, long value) {
        b[at] = (byte) (value >> 24);
        b[at + 1] = (byte) (value >> 16);
        b[at + 2] = (byte) (value >> 8);
        b[at + 3] = (byte) value;
    }

    public byte[] buffer() {
        return buffer;
    }

    public boolean marker() {
        return marker;
    }

    public int payloadType() {
        return payloadType;
    }

    public int sequence() {
        return sequence;
    }

    public long timestamp() {
        return timestamp;
    }

    public long ssrc() {
        return ssrc;
    }

    public int payloadOffset() {
        return payloadOffset;
    }

    public int payloadLength() {
        return payloadLength;
    }
}
