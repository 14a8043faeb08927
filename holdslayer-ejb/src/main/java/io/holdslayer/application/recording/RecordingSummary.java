package io.holdslayer.application.recording;

import io.holdslayer.domain.model.recording.Recording;

import java.time.Instant;

/**
 * One recording as the API shows it.
 *
 * @param path where the file is: relative to the data directory when it lies inside it
 */
public record RecordingSummary(long id, String callId, String path, String layout, int sampleRate, long durationMs,
                               long sizeBytes, Instant startedAt, Instant endedAt, boolean complete) {

    static RecordingSummary of(Recording r) {
        return new RecordingSummary(r.id(), r.callId(), r.path(), r.layout().name(), r.sampleRate(), r.durationMs(),
                r.sizeBytes(), r.startedAt(), r.endedAt(), r.complete());
    }
}
