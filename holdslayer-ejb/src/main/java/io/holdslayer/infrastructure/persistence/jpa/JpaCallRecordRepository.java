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

    @Override
    public Page search(String number, CallStatus status, io.holdslayer.api.call.CallMode mode, java.time.Instant from,
                       java.time.Instant to, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        condition(where, parameters, "c.number = :number", "number", number);
        condition(where, parameters, "c.status = :status", "status", status);
        condition(where, parameters, "c.mode = :mode", "mode", mode);
        condition(where, parameters, "c.startedAt >= :from", "from", from);
        condition(where, parameters, "c.startedAt < :to", "to", to);
        var count = em.createQuery("select count(c) from CallRecord c" + where, Long.class);
        var select = em.createQuery("select c from CallRecord c" + where + " order by c.startedAt desc, c.id",
                CallRecord.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        return new Page(count.getSingleResult(), select.setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    private static void condition(StringBuilder where, java.util.Map<String, Object> parameters, String clause,
                                  String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }
}
