package io.holdslayer.infrastructure.persistence.jpa;

import io.holdslayer.domain.model.recording.Recording;
import io.holdslayer.domain.model.recording.RecordingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRecordingRepository implements RecordingRepository {

    @PersistenceContext(unitName = PersistenceNames.UNIT)
    private EntityManager em;

    public JpaRecordingRepository() {
    }

    public JpaRecordingRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Recording recording) {
        if (recording.id() == null) {
            em.persist(recording);
        } else {
            em.merge(recording);
        }
    }

    @Override
    public Optional<Recording> find(long id) {
        return Optional.ofNullable(em.find(Recording.class, id));
    }

    @Override
    public List<Recording> forCall(String callId) {
        return em.createQuery("select r from Recording r where r.callId = :callId order by r.startedAt",
                        Recording.class)
                .setParameter("callId", callId)
                .getResultList();
    }

    @Override
    public List<Recording> page(int offset, int limit) {
        return em.createQuery("select r from Recording r order by r.startedAt desc, r.id desc", Recording.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(r) from Recording r", Long.class).getSingleResult();
    }

    @Override
    public List<Recording> incomplete() {
        return em.createQuery("select r from Recording r where r.complete = false order by r.startedAt",
                Recording.class).getResultList();
    }

    @Override
    public List<Recording> startedBefore(Instant cutoff) {
        return em.createQuery("select r from Recording r where r.startedAt < :cutoff order by r.startedAt",
                        Recording.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    @Override
    public void remove(Recording recording) {
        em.remove(em.contains(recording) ? recording : em.merge(recording));
    }
}
