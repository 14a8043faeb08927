package io.holdslayer.api.media;

/** What the media plane tells the application about a leg; segment-level facts, never single frames. */
public enum MediaEventType {
    /** The leg's audio changed class (silence, ringback, music, speech ...); detail names the new class. */
    AUDIO_CLASSIFIED,
    /** A DTMF digit arrived, as RFC 4733 event or in band; detail is the digit, source says which. */
    DTMF_HEARD,
    /** A stretch of speech ended; the event carries its audio (16-bit little-endian PCM, 8 kHz mono). */
    SPEECH_SEGMENT,
    /** The far end put us on hold (music after speech). */
    HOLD_DETECTED,
    /** A live human answered after hold. */
    HUMAN_DETECTED,
    /** No RTP arrived on a receiving leg for the configured time. */
    RTP_TIMEOUT,
    /** RTP arrives again on a leg that had timed out. */
    RTP_RESUMED,
    /** A call recording was opened; detail is the file path. */
    RECORDING_STARTED,
    /** A call recording was closed; detail is the file path. */
    RECORDING_STOPPED
}
