package io.holdslayer.infrastructure.persistence.jpa;

import io.holdslayer.api.call.CallStatus;
import io.holdslayer.domain.model.call.CallRecord;
import io.holdslayer.domain.model.call.CallRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCallRecordRepository implements CallRecordRepository {

    @PersistenceContext(unitName = PersistenceNames.UNIT)
    private EntityManager em;

    public JpaCallRecordRepository() {
    }

    public JpaCallRecordRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(CallRecord record) {
        if (em.find(CallRecord.class, record.id()) == null) {
            em.persist(record);
        } else {
            em.merge(record);
        }
    }

    @Override
    public Optional<CallRecord> find(String id) {
        return Optional.ofNullable(em.find(CallRecord.class, id));
    }

    @Override
    public List<CallRecord> recent(int limit) {
        return em.createQuery("select c from CallRecord c order by c.startedAt desc", CallRecord.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<CallRecord> unfinished() {
        return em.createQuery("select c from CallRecord c where c.status not in :done order by c.startedAt",
                        CallRecord.class)
                .setParameter("done", List.of(CallStatus.ENDED, CallStatus.FAILED))
                .getResultList();
    }
}
