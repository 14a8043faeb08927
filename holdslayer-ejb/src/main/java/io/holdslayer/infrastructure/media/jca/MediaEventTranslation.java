package io.holdslayer.infrastructure.media.jca;

import io.holdslayer.api.event.JsonPayloads;
import io.holdslayer.api.event.EventType;
import io.holdslayer.api.media.MediaEvent;
import jakarta.json.JsonObject;

import java.util.Optional;

/** Which media events become gateway events, and the payload they carry. */
final class MediaEventTranslation {

    /** The activation filter: the media event types that have a gateway event of the same name. */
    static final String REPUBLISHED = "AUDIO_CLASSIFIED,HOLD_DETECTED,HUMAN_DETECTED,RECORDING_STARTED,RECORDING_STOPPED";

    /** The activation filter: the republished types and the speech segments the call manager transcribes. */
    static final String DELIVERED = REPUBLISHED + ",SPEECH_SEGMENT";

    private MediaEventTranslation() {
    }

    static Optional<EventType> typeOf(MediaEvent event) {
        return switch (event.type()) {
            case AUDIO_CLASSIFIED -> Optional.of(EventType.AUDIO_CLASSIFIED);
            case HOLD_DETECTED -> Optional.of(EventType.HOLD_DETECTED);
            case HUMAN_DETECTED -> Optional.of(EventType.HUMAN_DETECTED);
            case RECORDING_STARTED -> Optional.of(EventType.RECORDING_STARTED);
            case RECORDING_STOPPED -> Optional.of(EventType.RECORDING_STOPPED);
            default -> Optional.empty();
        };
    }

    static JsonObject payloadOf(MediaEvent event) {
        return JsonPayloads.builder()
                .add("legId", event.legId())
                .add("role", event.role().name())
                .add("seconds", Math.round(event.seconds() * 100) / 100.0)
                .add("detail", event.detail())
                .add("source", event.source())
                .add("confidence", Math.round(event.confidence() * 1000) / 1000.0)
                .build();
    }
}
