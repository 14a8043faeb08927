package io.holdslayer.infrastructure.messaging.jms;

import io.holdslayer.api.event.EventType;
import io.holdslayer.api.event.GatewayEvent;
import io.holdslayer.api.event.GatewayEventJson;
import io.holdslayer.application.event.EventPublisher;
import io.holdslayer.application.event.EventSequence;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.JsonObject;

import java.time.Instant;

/** Publishes events to the events topic. */
@ApplicationScoped
public class JmsEventPublisher implements EventPublisher {

    private final EventSequence sequence = new EventSequence();

    @Resource(lookup = MessagingNames.CONNECTION_FACTORY)
    private ConnectionFactory connectionFactory;

    @Resource(lookup = MessagingNames.EVENTS_TOPIC)
    private Topic topic;

    @Override
    public GatewayEvent publish(EventType type, String callId, JsonObject payload) {
        GatewayEvent event = new GatewayEvent(sequence.next(), type, Instant.now(), callId, payload);
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer()
                    .setProperty(GatewayEventJson.EVENT_TYPE_PROPERTY, type.name())
                    .setProperty(GatewayEventJson.CALL_ID_PROPERTY, callId == null ? "" : callId)
                    .send(topic, GatewayEventJson.toJson(event));
        }
        return event;
    }
}
