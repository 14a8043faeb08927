package io.holdslayer.tests.support;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * An enterprise system listening to the gateway's event topic with a plain Artemis client over the HTTP port
 * (user {@code events}). Each event's JMS properties {@code eventType} and {@code callId} are checked against its
 * body as it arrives; a mismatch is kept as an event of type {@code PROPERTY_MISMATCH}.
 */
public final class JmsEvents extends ReceivedEvents implements AutoCloseable {

    public static final String TOPIC = "jms.topic.HoldSlayerEvents";

    private final ActiveMQConnectionFactory factory;
    private final JMSContext context;

    private JmsEvents(Gateway gateway) {
        factory = new ActiveMQConnectionFactory(gateway.jmsUrl());
        context = factory.createContext("events", gateway.jmsPassword());
        context.createConsumer(context.createTopic(TOPIC)).setMessageListener(this::onMessage);
    }

    public static JmsEvents subscribe(Gateway gateway) {
        return new JmsEvents(gateway);
    }

    private void onMessage(Message message) {
        try {
            JsonObject event = Gateway.json(message.getBody(String.class));
            String callId = event.getString("callId", null);
            boolean consistent = event.getString("type").equals(message.getStringProperty("eventType"))
                    && (callId == null || callId.equals(message.getStringProperty("callId")));
            received(consistent ? event : Json.createObjectBuilder(event).add("type", "PROPERTY_MISMATCH").build());
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            context.close();
            factory.close();
        } catch (RuntimeException serverGone) {
            // the broker went away with the server
        }
    }
}
