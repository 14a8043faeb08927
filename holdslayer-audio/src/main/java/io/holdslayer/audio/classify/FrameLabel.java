package io.holdslayer.audio.classify;

/**
 * The classifier's verdict on one frame.
 *
 * @param index      frame number from the start of the stream (20 ms each)
 * @param label      what the frame is
 * @param confidence 0–1
 * @param dtmfDigit  the DTMF digit recognised at this frame, or 0
 * @param levelDb    the frame's level in dBFS
 */
public record FrameLabel(long index, AudioLabel label, double confidence, char dtmfDigit, double levelDb) {

    public double seconds() {
        return index * 0.02;
    }
}
