package io.holdslayer.domain.model.call;

import io.holdslayer.api.call.CallMode;
import io.holdslayer.api.call.CallStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What the gateway remembers of one call. A record is created when the call is placed and is only ever moved
 * forward: statuses advance, transcript chunks and classifications are appended, and once it has ended it is
 * never reopened. Ending records that were live when the server stopped is how a restart stays consistent.
 */
@Entity
@Table(name = "call_record")
public class CallRecord {

    @Id
    private String id;

    @Column(nullable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallStatus status;

    private String intent;

    @Column(name = "device_id")
    private String deviceId;

    @Column(name = "call_flow_id")
    private Long callFlowId;

    @Column(name = "audio_class")
    private String audioClass;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "connected_at")
    private Instant connectedAt;

    @Column(name = "hold_started_at")
    private Instant holdStartedAt;

    @Column(name = "human_detected_at")
    private Instant humanDetectedAt;

    @Column(name = "bridged_at")
    private Instant bridgedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason")
    private String endReason;

    @Version
    private long version;

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("spokenAt")
    private List<TranscriptChunk> transcript = new ArrayList<>();

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("classifiedAt")
    private List<ClassificationEntry> classifications = new ArrayList<>();

    protected CallRecord() {
    }

    public CallRecord(String id, String number, CallMode mode, String intent, Instant startedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.intent = intent;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.status = CallStatus.TRYING;
    }

    /** Moves the call to a new status, stamping the moment for the statuses that have one. */
    public void advanceTo(CallStatus next, Instant at) {
        if (status.isFinal()) {
            throw new IllegalStateException("call " + id + " has already " + status + "; cannot move to " + next);
        }
        status = next;
        switch (next) {
            case CONNECTED -> connectedAt = at;
            case ON_HOLD -> holdStartedAt = at;
            case TRANSFERRING -> humanDetectedAt = humanDetectedAt == null ? at : humanDetectedAt;
            case BRIDGED -> bridgedAt = at;
            case ENDED, FAILED -> endedAt = at;
            default -> { }
        }
    }

    /** The moment a live person was first heard. */
    public void humanDetected(Instant at) {
        if (humanDetectedAt == null) {
            humanDetectedAt = at;
        }
    }

    /** Ends the call with the given final status and a reason an operator can read. */
    public void end(CallStatus finalStatus, String reason, Instant at) {
        if (!finalStatus.isFinal()) {
            throw new IllegalArgumentException(finalStatus + " is not a final status");
        }
        advanceTo(finalStatus, at);
        endReason = reason;
    }

    public TranscriptChunk addTranscript(Speaker speaker, String text, Double confidence, Instant at) {
        TranscriptChunk chunk = new TranscriptChunk(this, at, speaker, text, confidence);
        transcript.add(chunk);
        return chunk;
    }

    public ClassificationEntry classify(String label, double confidence, Instant at) {
        ClassificationEntry entry = new ClassificationEntry(this, at, label, confidence);
        classifications.add(entry);
        audioClass = label;
        return entry;
    }

    public void assignDevice(String deviceId) {
        this.deviceId = deviceId;
    }

    public void followFlow(Long callFlowId) {
        this.callFlowId = callFlowId;
    }

    public String id() {
        return id;
    }

    public String number() {
        return number;
    }

    public CallMode mode() {
        return mode;
    }

    public CallStatus status() {
        return status;
    }

    public String intent() {
        return intent;
    }

    public String deviceId() {
        return deviceId;
    }

    public Long callFlowId() {
        return callFlowId;
    }

    public String audioClass() {
        return audioClass;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant connectedAt() {
        return connectedAt;
    }

    public Instant holdStartedAt() {
        return holdStartedAt;
    }

    public Instant humanDetectedAt() {
        return humanDetectedAt;
    }

    public Instant bridgedAt() {
        return bridgedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }

    public List<TranscriptChunk> transcript() {
        return Collections.unmodifiableList(transcript);
    }

    public List<ClassificationEntry> classifications() {
        return Collections.unmodifiableList(classifications);
    }
}
