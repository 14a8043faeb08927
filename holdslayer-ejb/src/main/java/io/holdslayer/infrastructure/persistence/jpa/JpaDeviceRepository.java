package io.holdslayer.infrastructure.persistence.jpa;

import io.holdslayer.domain.model.device.Device;
import io.holdslayer.domain.model.device.DeviceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDeviceRepository implements DeviceRepository {

    @PersistenceContext(unitName = PersistenceNames.UNIT)
    private EntityManager em;

    public JpaDeviceRepository() {
    }

    JpaDeviceRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Device device) {
        if (em.find(Device.class, device.username()) == null) {
            em.persist(device);
        } else {
            em.merge(device);
        }
    }

    @Override
    public Optional<Device> find(String username) {
        return Optional.ofNullable(em.find(Device.class, username));
    }

    @Override
    public List<Device> all() {
        return em.createQuery("select d from Device d order by d.id", Device.class).getResultList();
    }

    @Override
    public boolean remove(String username) {
        Device device = em.find(Device.class, username);
        if (device == null) {
            return false;
        }
        em.remove(device);
        return true;
    }
}
