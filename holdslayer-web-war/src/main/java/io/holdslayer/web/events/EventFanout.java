package io.holdslayer.web.events;

import io.holdslayer.api.event.GatewayEvent;
import io.holdslayer.api.event.GatewayEventJson;
import io.holdslayer.infrastructure.messaging.jms.MessagingNames;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import java.util.logging.Logger;

/**
 * Takes each event off the topic (one session, so in publication order), remembers it and hands it to the
 * WebSocket subscribers and to this module's observers of {@link GatewayEvent} (the MCP call resources). A
 * message that is not a gateway event is logged and dropped.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = MessagingNames.EVENTS_TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class EventFanout implements MessageListener {

    private static final Logger LOG = Logger.getLogger(EventFanout.class.getName());

    @Inject
    private EventSubscribers subscribers;

    @Inject
    private Event<GatewayEvent> observers;

    @Override
    public void onMessage(Message message) {
        try {
            if (!(message instanceof TextMessage text)) {
                LOG.warning("Dropped a non-text message on the events topic: " + message.getJMSMessageID());
                return;
            }
            String json = text.getText();
            GatewayEvent event = GatewayEventJson.fromJson(json);
            subscribers.publish(event.id(), event.type(), json);
            observers.fire(event);
        } catch (JMSException | IllegalArgumentException e) {
            LOG.warning("Dropped a malformed message on the events topic: " + e.getMessage());
        }
    }
}
