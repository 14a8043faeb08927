package io.holdslayer.media.codec;

import io.holdslayer.audio.codec.G711;
import io.holdslayer.media.rtp.RtpPayloadType;

/**
 * The two G.711 laws as RTP codecs. Decoding uses the audio module's companding; encoding looks the whole
 * 16-bit sample up in a 64 KiB table built once from the same companding, so both directions agree exactly.
 */
public enum G711Codec {
    PCMU(RtpPayloadType.PCMU),
    PCMA(RtpPayloadType.PCMA);

    private final RtpPayloadType payloadType;
    private final byte[] encodeTable = new byte[65536];
    private final short[] decodeTable = new short[256];

    G711Codec(RtpPayloadType payloadType) {
        this.payloadType = payloadType;
        boolean ulaw = payloadType.number() == 0;
        for (int i = 0; i < 65536; i++) {
            short sample = (short) i;
            encodeTable[i] = ulaw ? G711.linearToUlaw(sample) : G711.linearToAlaw(sample);
        }
        for (int i = 0; i < 256; i++) {
            decodeTable[i] = ulaw ? G711.ulawToLinear((byte) i) : G711.alawToLinear((byte) i);
        }
    }

    /** The codec of a static payload type, or null. */
    public static G711Codec forPayloadType(int number) {
        return number == 0 ? PCMU : number == 8 ? PCMA : null;
    }

    public RtpPayloadType payloadType() {
        return payloadType;
    }

    public void decode(byte[] in, int offset, int count, short[] out, int outOffset) {
        for (int i = 0; i < count; i++) {
            out[outOffset + i] = decodeTable[in[offset + i] & 0xFF];
        }
    }

    public void encode(short[] in, int offset, int count, byte[] out, int outOffset) {
        for (int i = 0; i < count; i++) {
            out[outOffset + i] = encodeTable[in[offset + i] & 0xFFFF];
        }
    }

    /** The byte that decodes to (near) zero: what silence looks like on the wire. */
    public byte silence() {
        return encodeTable[0];
    }
}
