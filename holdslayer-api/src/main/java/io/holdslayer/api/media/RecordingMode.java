package io.holdslayer.api.media;

/** How a call is recorded. */
public enum RecordingMode {
    /** Two channels: the company leg's audio on the left, the user's device leg on the right. */
    STEREO,
    /** Both legs mixed into one channel. */
    MONO,
    /** Not recorded. */
    OFF
}
