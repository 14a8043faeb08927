package io.holdslayer.audio.classify;

/** A stretch of one label, times in seconds from the start of the stream. */
public record Segment(double start, double end, AudioLabel label, double confidence) {
}
