package io.holdslayer.infrastructure.persistence.jpa;

import io.holdslayer.domain.model.recording.Recording;
import io.holdslayer.domain.model.recording.RecordingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRecordingRepository implements RecordingRepository {

    @PersistenceContext(unitName = PersistenceNames.UNIT)
    private EntityManager em;

    public JpaRecordingRepository() {
    }

    JpaRecordingRepository(EntityManager em) {
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
}
