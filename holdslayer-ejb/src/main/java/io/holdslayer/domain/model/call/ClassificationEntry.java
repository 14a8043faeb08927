package io.holdslayer.domain.model.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A change of the call's audio class (silence, ringback, music, speech …) with the classifier's confidence. */
@Entity
@Table(name = "classification_entry")
public class ClassificationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private CallRecord call;

    @Column(name = "classified_at", nullable = false)
    private Instant classifiedAt;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private double confidence;

    protected ClassificationEntry() {
    }

    ClassificationEntry(CallRecord call, Instant classifiedAt, String label, double confidence) {
        this.call = call;
        this.classifiedAt = classifiedAt;
        this.label = label;
        this.confidence = confidence;
    }

    public Instant classifiedAt() {
        return classifiedAt;
    }

    public String label() {
        return label;
    }

    public double confidence() {
        return confidence;
    }
}
