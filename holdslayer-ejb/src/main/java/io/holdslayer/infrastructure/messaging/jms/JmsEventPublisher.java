package io.holdslayer.infrastructure.messaging.jms;

import io.holdslayer.api.event.EventType;
import io.holdslayer.api.event.GatewayEvent;
import io.holdslayer.api.event.GatewayEventJson;
import io.holdslayer.application.event.EventPublisher;
import io.holdslayer.application.event.EventSequence;
import io.holdslayer.application.event.PublishedEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import jakarta.json.JsonObject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Instant;
import java.util.List;

/**
 * Publishes events to the events topic. Inside a JTA transaction the message is sent at once and joins the
 * transaction (delivered only on commit). Outside one (the SIP and media threads) the event is queued and sent
 * by a managed task ({@link EventOutbox}), so the publisher does not wait for the messaging system. One outbox
 * drained by one task sent too few events at 250 calls/s (each send waits for the broker), so events go to one
 * of {@value #PARTITIONS} outboxes chosen by call id: the events of a call keep their order, calls are sent in
 * parallel.
 */
@ApplicationScoped
public class JmsEventPublisher implements EventPublisher {

    static final int PARTITIONS = 4;
    private static final int OUTBOX_CAPACITY = 10_000;

    private final EventSequence sequence = new EventSequence();

    @Resource(lookup = MessagingNames.CONNECTION_FACTORY)
    private ConnectionFactory connectionFactory;

    @Resource(lookup = MessagingNames.EVENTS_TOPIC)
    private Topic topic;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    Event<PublishedEvent> published;

    private final EventOutbox[] outboxes = new EventOutbox[PARTITIONS];

    @PostConstruct
    void init() {
        for (int i = 0; i < PARTITIONS; i++) {
            outboxes[i] = new EventOutbox(OUTBOX_CAPACITY / PARTITIONS, executor, this::send);
        }
    }

    @Override
    public GatewayEvent publish(EventType type, String callId, JsonObject payload) {
        GatewayEvent event = new GatewayEvent(sequence.next(), type, Instant.now(), callId, payload);
        if (inTransaction()) {
            send(List.of(event));
        } else {
            EventOutbox outbox = outboxes[Math.floorMod(java.util.Objects.hashCode(callId), PARTITIONS)];
            if (!outbox.offer(event)) {
                outbox.flush();
            }
        }
        published.fire(new PublishedEvent(event));
        return event;
    }

    private boolean inTransaction() {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    private void send(List<GatewayEvent> events) {
        try (JMSContext context = connectionFactory.createContext()) {
            JMSProducer producer = context.createProducer();
            for (GatewayEvent event : events) {
                producer.setProperty(GatewayEventJson.EVENT_TYPE_PROPERTY, event.type().name())
                        .setProperty(GatewayEventJson.CALL_ID_PROPERTY, event.callId() == null ? "" : event.callId())
                        .send(topic, GatewayEventJson.toJson(event));
            }
        }
    }

    @PreDestroy
    void flush() {
        for (EventOutbox outbox : outboxes) {
            outbox.flush();
        }
    }
}
