package io.holdslayer.audio.hold;

/**
 * Something the pipeline concluded, at {@code t} seconds into the stream.
 *
 * @param type       {@code AUDIO_CLASSIFIED}, {@code HOLD_DETECTED}, {@code HUMAN_DETECTED} or {@code DTMF}
 * @param confidence 0–1
 * @param reason     why, for people (the label for {@code AUDIO_CLASSIFIED}, the digit for {@code DTMF})
 */
public record AudioEvent(double t, String type, double confidence, String reason) {
}
