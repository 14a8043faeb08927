package io.holdslayer.domain.model.flow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/** The phone tree learned for one number, and how well following it has worked. */
@Entity
@Table(name = "call_flow")
public class CallFlow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String number;

    @Column(nullable = false)
    private String name;

    /** The IVR tree as JSON; its schema is documented in docs/api.md. */
    @Column(nullable = false, length = 1_000_000)
    private String definition;

    @Column(nullable = false)
    private int calls;

    @Column(nullable = false)
    private int successes;

    @Column(name = "total_hold_seconds", nullable = false)
    private long totalHoldSeconds;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CallFlow() {
    }

    public CallFlow(String number, String name, String definition, Instant createdAt) {
        this.number = Objects.requireNonNull(number, "number");
        this.name = Objects.requireNonNull(name, "name");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void rename(String newName, Instant at) {
        name = Objects.requireNonNull(newName, "name");
        updatedAt = at;
    }

    public void revise(String newDefinition, Instant at) {
        definition = Objects.requireNonNull(newDefinition, "definition");
        updatedAt = at;
    }

    /** Counts one call that followed this flow. */
    public void recordOutcome(boolean reachedHuman, long holdSeconds, Instant at) {
        calls++;
        if (reachedHuman) {
            successes++;
        }
        totalHoldSeconds += holdSeconds;
        updatedAt = at;
    }

    public double averageHoldSeconds() {
        return calls == 0 ? 0 : (double) totalHoldSeconds / calls;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String name() {
        return name;
    }

    public String definition() {
        return definition;
    }

    public int calls() {
        return calls;
    }

    public int successes() {
        return successes;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
