package io.holdslayer.audio;

/** The one frame format every detector works on: narrow-band telephone audio in 20 ms frames. */
public final class FrameFormat {

    public static final int SAMPLE_RATE_HZ = 8000;
    public static final int FRAME_MILLIS = 20;
    public static final int SAMPLES_PER_FRAME = SAMPLE_RATE_HZ * FRAME_MILLIS / 1000;

    private FrameFormat() {
    }

    /** How many whole frames a stretch of audio spans. */
    public static long framesIn(long samples) {
        return samples / SAMPLES_PER_FRAME;
    }
}
