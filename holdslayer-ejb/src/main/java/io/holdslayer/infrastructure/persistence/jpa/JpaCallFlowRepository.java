package io.holdslayer.infrastructure.persistence.jpa;

import io.holdslayer.domain.model.flow.CallFlow;
import io.holdslayer.domain.model.flow.CallFlowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCallFlowRepository implements CallFlowRepository {

    @PersistenceContext(unitName = PersistenceNames.UNIT)
    private EntityManager em;

    public JpaCallFlowRepository() {
    }

    JpaCallFlowRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(CallFlow flow) {
        if (flow.id() == null) {
            em.persist(flow);
        } else {
            em.merge(flow);
        }
    }

    @Override
    public Optional<CallFlow> find(long id) {
        return Optional.ofNullable(em.find(CallFlow.class, id));
    }

    @Override
    public List<CallFlow> forNumber(String number) {
        return em.createQuery("select f from CallFlow f where f.number = :number order by f.updatedAt desc",
                        CallFlow.class)
                .setParameter("number", number)
                .getResultList();
    }

    @Override
    public List<CallFlow> all() {
        return em.createQuery("select f from CallFlow f order by f.number, f.updatedAt desc", CallFlow.class)
                .getResultList();
    }

    @Override
    public void remove(CallFlow flow) {
        em.remove(em.contains(flow) ? flow : em.merge(flow));
    }
}
