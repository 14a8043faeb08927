package io.holdslayer.audio.tone;

/** The call-progress tones the gateway tells apart. */
public enum ProgressTone {
    /** The far end is ringing (North American 440+480 Hz, UK 400+450 Hz, European 425 Hz long on). */
    RINGBACK,
    /** Busy or reorder (fast busy): 480+620 Hz, or 425 Hz with short equal on/off. */
    BUSY,
    /** Special information tones (913.8/985.2, 1370.6/1428.5, 1776.7 Hz) before an intercept announcement. */
    SIT
}
