package io.holdslayer.application.health;

import io.holdslayer.infrastructure.messaging.jms.MessagingNames;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

/** Opens (and closes) a consumer on the events topic, which needs both the broker and the topic. */
@ApplicationScoped
public class MessagingCheck implements ComponentCheck {

    @Resource(lookup = MessagingNames.CONNECTION_FACTORY)
    private ConnectionFactory connectionFactory;

    @Resource(lookup = MessagingNames.EVENTS_TOPIC)
    private Topic topic;

    @Override
    public ComponentHealth check() {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createConsumer(topic).close();
            return ComponentHealth.up("jms", "events topic " + topic.getTopicName());
        } catch (Exception e) {
            return ComponentHealth.down("jms", e.getMessage());
        }
    }
}
