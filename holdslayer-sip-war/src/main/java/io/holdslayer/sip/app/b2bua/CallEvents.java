package io.holdslayer.sip.app.b2bua;

import io.holdslayer.api.event.EventType;
import io.holdslayer.application.event.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

import java.util.logging.Logger;

/** Publishes a call's events; a failure to publish is logged and never disturbs the call. */
@ApplicationScoped
public class CallEvents {

    private static final Logger LOG = Logger.getLogger(CallEvents.class.getName());

    @Inject
    EventPublisher events;

    void publish(EventType type, Call call, JsonObjectBuilder payload) {
        try {
            events.publish(type, call.id, payload.build());
        } catch (RuntimeException e) {
            LOG.warning(() -> "could not publish " + type + ": " + e);
        }
    }
}
