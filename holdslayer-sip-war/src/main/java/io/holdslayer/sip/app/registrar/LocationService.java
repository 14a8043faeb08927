package io.holdslayer.sip.app.registrar;

import io.holdslayer.api.event.JsonPayloads;
import io.holdslayer.api.event.EventType;
import io.holdslayer.application.event.EventPublisher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Where the user's devices can be reached; announces DEVICE_REGISTERED and DEVICE_UNREGISTERED. */
@ApplicationScoped
public class LocationService {

    @Inject
    EventPublisher events;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final ContactBindings bindings = new ContactBindings();
    private ScheduledFuture<?> sweeper;

    @PostConstruct
    void startSweeping() {
        sweeper = scheduler.scheduleWithFixedDelay(() -> announce(bindings.expire(Instant.now()), "expired"),
                5, 5, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stopSweeping() {
        if (sweeper != null) {
            sweeper.cancel(false);
        }
    }

    public void bind(String device, String contactUri, int expires, String source) {
        announce(bindings.bind(device, contactUri, expires, source, Instant.now()), "unregistered");
    }

    public void unbindAll(String device) {
        announce(bindings.unbindAll(device), "unregistered");
    }

    public List<ContactBindings.Binding> contacts(String device) {
        return bindings.contacts(device, Instant.now());
    }

    public List<ContactBindings.Binding> all() {
        return bindings.all(Instant.now());
    }

    private void announce(List<ContactBindings.Change> changes, String removalReason) {
        for (ContactBindings.Change change : changes) {
            ContactBindings.Binding b = change.binding();
            var payload = JsonPayloads.builder().add("device", b.device()).add("contact", b.contactUri())
                    .add("source", b.source());
            if (change.added()) {
                payload.add("expires", b.expires().toString());
            } else {
                payload.add("reason", removalReason);
            }
            events.publish(change.added() ? EventType.DEVICE_REGISTERED : EventType.DEVICE_UNREGISTERED, null,
                    payload.build());
        }
    }
}
