package io.holdslayer.media.mixer;

/** Consumes 20 ms of 8 kHz audio per tick; must not block and must not keep the array. */
public interface FrameSink {

    void write(short[] frame);
}
