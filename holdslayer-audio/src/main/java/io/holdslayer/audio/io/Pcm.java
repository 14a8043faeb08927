package io.holdslayer.audio.io;

import io.holdslayer.audio.FrameFormat;

/** Mono 16-bit audio at 8 kHz, the analysis format. */
public record Pcm(short[] samples) {

    public double durationSeconds() {
        return samples.length / (double) FrameFormat.SAMPLE_RATE_HZ;
    }

    public int frameCount() {
        return (int) FrameFormat.framesIn(samples.length);
    }

    /** The samples of frame {@code index} (20 ms). */
    public short[] frame(int index) {
        short[] frame = new short[FrameFormat.SAMPLES_PER_FRAME];
        System.arraycopy(samples, index * FrameFormat.SAMPLES_PER_FRAME, frame, 0, frame.length);
        return frame;
    }
}
