package io.holdslayer.api.media;

import java.io.Serializable;

/**
 * One fact about a media leg, delivered to {@link MediaListener} endpoints.
 *
 * @param type       what happened
 * @param callId     the call the leg belongs to
 * @param legId      the leg ({@link MediaConnection#openLeg})
 * @param role       which side of the call the leg faces
 * @param seconds    position in the leg's received audio (20 ms media clock) at which it happened
 * @param detail     the digit, the audio class, the file path, a reason; never null
 * @param source     who decided: {@code rfc4733}, {@code inband}, {@code classifier}, {@code hold-monitor},
 *                   {@code rtp}, {@code recorder}
 * @param confidence 0..1
 * @param audio      speech segment audio for {@link MediaEventType#SPEECH_SEGMENT}, else empty
 */
public record MediaEvent(MediaEventType type, String callId, String legId, LegRole role, double seconds,
                         String detail, String source, double confidence, byte[] audio) implements Serializable {

    private static final byte[] NO_AUDIO = new byte[0];

    public MediaEvent {
        detail = detail == null ? "" : detail;
        audio = audio == null ? NO_AUDIO : audio;
    }

    /** An event without audio. */
    public static MediaEvent of(MediaEventType type, String callId, String legId, LegRole role, double seconds,
                                String detail, String source, double confidence) {
        return new MediaEvent(type, callId, legId, role, seconds, detail, source, confidence, NO_AUDIO);
    }

    @Override
    public String toString() {
        return type + "[" + legId + " @" + String.format(java.util.Locale.ROOT, "%.2f", seconds) + "s " + detail
                + " (" + source + ")" + (audio.length > 0 ? " " + audio.length + " bytes" : "") + "]";
    }
}
