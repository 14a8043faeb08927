package io.holdslayer.domain.model.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One transcribed stretch of speech in a call. */
@Entity
@Table(name = "transcript_chunk")
public class TranscriptChunk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private CallRecord call;

    @Column(name = "spoken_at", nullable = false)
    private Instant spokenAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Speaker speaker;

    @Column(nullable = false, length = 10000)
    private String text;

    private Double confidence;

    protected TranscriptChunk() {
    }

    TranscriptChunk(CallRecord call, Instant spokenAt, Speaker speaker, String text, Double confidence) {
        this.call = call;
        this.spokenAt = spokenAt;
        this.speaker = speaker;
        this.text = text;
        this.confidence = confidence;
    }

    public Instant spokenAt() {
        return spokenAt;
    }

    public Speaker speaker() {
        return speaker;
    }

    public String text() {
        return text;
    }

    public Double confidence() {
        return confidence;
    }
}
