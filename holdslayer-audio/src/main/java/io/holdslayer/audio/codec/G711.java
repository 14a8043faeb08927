package io.holdslayer.audio.codec;

/**
 * G.711 companding of 16-bit linear PCM. Written out because the platform's converters work on whole streams,
 * while the media plane needs it per sample in its hot path; decoding uses 256-entry tables.
 */
public final class G711 {

    private static final short[] ULAW_TO_LINEAR = new short[256];
    private static final short[] ALAW_TO_LINEAR = new short[256];
    private static final int ULAW_BIAS = 0x84;
    private static final int ULAW_CLIP = 32635;

    static {
        for (int i = 0; i < 256; i++) {
            ULAW_TO_LINEAR[i] = ulawDecode(i);
            ALAW_TO_LINEAR[i] = alawDecode(i);
        }
    }

    private G711() {
    }

    public static short ulawToLinear(byte ulaw) {
        return ULAW_TO_LINEAR[ulaw & 0xFF];
    }

    public static short alawToLinear(byte alaw) {
        return ALAW_TO_LINEAR[alaw & 0xFF];
    }

    public static byte linearToUlaw(short sample) {
        int pcm = sample;
        int sign = (pcm >> 8) & 0x80;
        if (sign != 0) {
            pcm = -pcm;
        }
        pcm = Math.min(pcm, ULAW_CLIP) + ULAW_BIAS;
        int exponent = 7;
        for (int mask = 0x4000; (pcm & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (pcm >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    public static byte linearToAlaw(short sample) {
        int pcm = sample;
        int sign = pcm >= 0 ? 0x80 : 0x00;
        if (pcm < 0) {
            pcm = Math.max(-pcm - 8, 0);
        }
        pcm = Math.min(pcm, 32767);
        int encoded;
        if (pcm < 256) {
            encoded = pcm >> 4;
        } else {
            int exponent = 1;
            for (int value = pcm >> 8; value > 1; value >>= 1) {
                exponent++;
            }
            encoded = (exponent << 4) | ((pcm >> (exponent + 3)) & 0x0F);
        }
        return (byte) ((sign | encoded) ^ 0x55);
    }

    private static short ulawDecode(int ulaw) {
        int value = ~ulaw & 0xFF;
        int sign = value & 0x80;
        int exponent = (value >> 4) & 0x07;
        int mantissa = value & 0x0F;
        int magnitude = (((mantissa << 3) + ULAW_BIAS) << exponent) - ULAW_BIAS;
        return (short) (sign != 0 ? -magnitude : magnitude);
    }

    private static short alawDecode(int alaw) {
        int value = (alaw ^ 0x55) & 0xFF;
        int sign = value & 0x80;
        int exponent = (value >> 4) & 0x07;
        int mantissa = value & 0x0F;
        int magnitude = exponent == 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
        return (short) (sign != 0 ? magnitude : -magnitude);
    }
}
