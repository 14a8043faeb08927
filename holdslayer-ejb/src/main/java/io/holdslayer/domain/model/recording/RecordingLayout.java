package io.holdslayer.domain.model.recording;

/** How a recording's channels are laid out. */
public enum RecordingLayout {
    /** Company on the left channel, user on the right. */
    STEREO,
    /** Both sides mixed into one channel. */
    MIXED_MONO
}
