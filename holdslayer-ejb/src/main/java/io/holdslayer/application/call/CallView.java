package io.holdslayer.application.call;

import io.holdslayer.api.call.CallMode;
import io.holdslayer.api.call.CallStatus;

import java.time.Instant;
import java.util.List;

/**
 * A call as the API shows it: live from the call manager, or from its record once it has ended.
 *
 * @param phase           the hold slayer's phase, or null for direct calls
 * @param classifications the latest audio classes heard from the company, oldest first
 * @param transcript      the latest transcribed lines, oldest first
 * @param services        what the call used: {@code stt}, {@code llm}, {@code tts}, {@code flow}
 */
public record CallView(String id, String number, CallMode mode, CallStatus status, String intent, String device,
                       Long callFlowId, Instant startedAt, Instant connectedAt, Instant holdStartedAt,
                       Instant humanDetectedAt, Instant bridgedAt, Instant endedAt, String reason, String audioClass,
                       String phase, List<Classification> classifications, List<Line> transcript,
                       List<String> services) {

    public record Classification(String label, double confidence, Instant at) {
    }

    public record Line(String speaker, String text, Instant at) {
    }
}
