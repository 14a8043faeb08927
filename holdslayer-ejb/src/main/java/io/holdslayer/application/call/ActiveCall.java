package io.holdslayer.application.call;

import io.holdslayer.api.call.CallMode;
import io.holdslayer.api.call.CallStatus;
import io.holdslayer.application.holdslayer.HoldSlayer;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A live call as the call manager keeps it. Changed only in the call's lane (one task at a time); read by
 * {@link #view()}, which copies under the object's monitor.
 */
final class ActiveCall {

    private static final int HISTORY = 50;

    final String id;
    final String number;
    final CallMode mode;
    final String intent;
    final Instant startedAt;
    String device;
    Long flowId;
    CallStatus status = CallStatus.TRYING;
    Instant connectedAt;
    Instant holdStartedAt;
    Instant humanDetectedAt;
    Instant bridgedAt;
    String audioClass;
    String failure;
    HoldSlayer slayer;
    private final Deque<CallView.Classification> classifications = new ArrayDeque<>();
    private final Deque<CallView.Line> transcript = new ArrayDeque<>();
    private final Set<String> services = new LinkedHashSet<>();

    ActiveCall(String id, String number, CallMode mode, String intent, String device, Long flowId, Instant startedAt) {
        this.id = id;
        this.number = number;
        this.mode = mode;
        this.intent = intent;
        this.device = device;
        this.flowId = flowId;
        this.startedAt = startedAt;
    }

    synchronized void status(CallStatus next) {
        status = next;
    }

    synchronized void classified(String label, double confidence, Instant at) {
        audioClass = label;
        classifications.addLast(new CallView.Classification(label, confidence, at));
        while (classifications.size() > HISTORY) {
            classifications.removeFirst();
        }
    }

    synchronized void said(String speaker, String text, Instant at) {
        transcript.addLast(new CallView.Line(speaker, text, at));
        while (transcript.size() > 2 * HISTORY) {
            transcript.removeFirst();
        }
    }

    synchronized void uses(String service) {
        services.add(service);
    }

    synchronized CallView view() {
        return new CallView(id, number, mode, status, intent, device, flowId, startedAt, connectedAt, holdStartedAt,
                humanDetectedAt, bridgedAt, null, failure, audioClass,
                slayer == null ? null : slayer.phase().name(), List.copyOf(classifications), List.copyOf(transcript),
                List.copyOf(services));
    }
}
