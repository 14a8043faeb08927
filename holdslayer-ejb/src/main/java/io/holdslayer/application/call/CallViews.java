package io.holdslayer.application.call;

import io.holdslayer.domain.model.call.CallRecord;

import java.util.List;

/** Views of calls that have ended, from their records. */
final class CallViews {

    private CallViews() {
    }

    static CallView of(CallRecord record) {
        return new CallView(record.id(), record.number(), record.mode(), record.status(), record.intent(),
                record.deviceId(), record.callFlowId(), record.startedAt(), record.connectedAt(),
                record.holdStartedAt(), record.humanDetectedAt(), record.bridgedAt(), record.endedAt(),
                record.endReason(), record.audioClass(), null,
                record.classifications().stream().map(c -> new CallView.Classification(c.label(), c.confidence(), c.classifiedAt())).toList(),
                record.transcript().stream().map(t -> new CallView.Line(t.speaker().name(), t.text(), t.spokenAt())).toList(),
                List.of());
    }
}
