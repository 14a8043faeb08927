package io.holdslayer.audio.classify;

import java.util.Locale;

/** What a stretch of call audio is. */
public enum AudioLabel {
    SILENCE, RINGBACK, BUSY, SIT, DTMF, MUSIC, SPEECH, NOISE;

    /** The lower-case name used in events and the analyzer's JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
