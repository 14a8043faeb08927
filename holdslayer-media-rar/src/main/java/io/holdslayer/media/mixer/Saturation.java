package io.holdslayer.media.mixer;

/** 16-bit clipping for mixed audio. */
public final class Saturation {

    private Saturation() {
    }

    public static short clip(int sample) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sample));
    }

    /** {@code into[i] = clip(into[i] + add[i])}. */
    public static void mixInto(short[] into, short[] add) {
        for (int i = 0; i < into.length; i++) {
            into[i] = clip(into[i] + add[i]);
        }
    }
}
