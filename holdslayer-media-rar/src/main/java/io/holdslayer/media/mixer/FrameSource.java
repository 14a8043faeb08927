package io.holdslayer.media.mixer;

/** Produces 20 ms of 8 kHz audio per tick. */
public interface FrameSource {

    /** Fills {@code frame} (160 samples); returns false when it has nothing this tick (counts as silence). */
    boolean read(short[] frame);
}
