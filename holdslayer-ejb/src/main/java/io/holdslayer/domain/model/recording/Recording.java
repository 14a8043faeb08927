package io.holdslayer.domain.model.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Metadata of one call recording. */
@Entity
@Table(name = "recording")
public class Recording {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private String callId;

    @Column(nullable = false)
    private String path;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecordingLayout layout;

    @Column(name = "sample_rate", nullable = false)
    private int sampleRate;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(nullable = false)
    private boolean complete;

    protected Recording() {
    }

    public Recording(String callId, String path, RecordingLayout layout, int sampleRate, Instant startedAt) {
        this.callId = callId;
        this.path = path;
        this.layout = layout;
        this.sampleRate = sampleRate;
        this.startedAt = startedAt;
    }

    /** Notes how far the file has been written; called as the recorder flushes. */
    public void progressed(long durationMs, long sizeBytes) {
        this.durationMs = durationMs;
        this.sizeBytes = sizeBytes;
    }

    public void finish(long durationMs, long sizeBytes, Instant at) {
        progressed(durationMs, sizeBytes);
        endedAt = at;
        complete = true;
    }

    /** What the file's header says it holds, which may differ from what was asked for when it started. */
    public void describe(RecordingLayout layout, int sampleRate) {
        this.layout = layout;
        this.sampleRate = sampleRate;
    }

    public Long id() {
        return id;
    }

    public String callId() {
        return callId;
    }

    public String path() {
        return path;
    }

    public RecordingLayout layout() {
        return layout;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public long durationMs() {
        return durationMs;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public boolean complete() {
        return complete;
    }
}
