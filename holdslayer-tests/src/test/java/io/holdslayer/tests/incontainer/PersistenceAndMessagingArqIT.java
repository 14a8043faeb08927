package io.holdslayer.tests.incontainer;

import io.holdslayer.api.call.CallMode;
import io.holdslayer.api.call.CallStatus;
import io.holdslayer.api.event.EventType;
import io.holdslayer.api.event.GatewayEvent;
import io.holdslayer.api.event.GatewayEventJson;
import io.holdslayer.application.event.EventPublisher;
import io.holdslayer.domain.model.call.CallRecord;
import io.holdslayer.domain.model.call.CallRecordRepository;
import io.holdslayer.domain.model.call.Speaker;
import io.holdslayer.infrastructure.messaging.jms.MessagingNames;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real WildFly: the application's EJB module and web tier (as libraries of a test WAR) against the
 * configured H2 datasource and the events topic.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceAndMessagingArqIT {

    private static final String CONTEXT = "holdslayer-arquillian";

    @Deployment
    static WebArchive deployment() {
        File[] libraries = new File(System.getProperty("holdslayer.arquillian.libs", "target/arquillian-libs"))
                .listFiles((dir, name) -> name.endsWith(".jar"));
        return ShrinkWrap.create(WebArchive.class, CONTEXT + ".war")
                .addClass(PersistenceAndMessagingArqIT.class)
                .addAsLibraries(Objects.requireNonNull(libraries, "run mvn verify to copy the test libraries"))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset("""
                        <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                          <deployment><dependencies><module name="org.jboss.vfs"/></dependencies></deployment>
                        </jboss-deployment-structure>"""), "jboss-deployment-structure.xml");
    }

    @Inject
    private CallRecordRepository calls;

    @Inject
    private EventPublisher events;

    @Inject
    private UserTransaction transaction;

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory plainConnectionFactory;

    @Resource(lookup = MessagingNames.EVENTS_TOPIC)
    private Topic topic;

    @Test
    void aCallRecordIsWrittenAndReadBackThroughTheContainersDatasource() throws Exception {
        String id = "arq-" + System.nanoTime();
        transaction.begin();
        CallRecord call = new CallRecord(id, "+15550199", CallMode.HOLD_SLAYER, "change my address", Instant.now());
        call.advanceTo(CallStatus.CONNECTED, Instant.now());
        call.classify("music", 0.91, Instant.now());
        call.addTranscript(Speaker.COMPANY, "Please hold.", 0.9, Instant.now());
        calls.store(call);
        transaction.commit();

        transaction.begin();
        CallRecord read = calls.find(id).orElseThrow();
        assertEquals(CallStatus.CONNECTED, read.status());
        assertEquals("Please hold.", read.transcript().get(0).text());
        assertEquals("music", read.classifications().get(0).label());
        assertTrue(calls.unfinished().stream().anyMatch(c -> c.id().equals(id)));
        transaction.commit();
    }

    @Test
    void eventsReachTopicSubscribersWithPropertiesForSelectors() throws Exception {
        String callId = "arq-call-" + System.nanoTime();
        try (JMSContext jms = plainConnectionFactory.createContext()) {
            JMSConsumer consumer = jms.createConsumer(topic,
                    "eventType = 'HOLD_DETECTED' AND callId = '" + callId + "'");

            events.publish(EventType.CALL_STARTED, callId, null);
            GatewayEvent published = events.publish(EventType.HOLD_DETECTED, callId,
                    Json.createObjectBuilder().add("confidence", 0.97).build());

            Message message = consumer.receive(10_000);
            assertNotNull(message, "HOLD_DETECTED was not delivered");
            assertEquals(GatewayEventJson.toJson(published), message.getBody(String.class));
            assertNull(consumer.receive(500), "the selector let another event through");
        }
    }

    @Test
    void anEventPublishedInARolledBackTransactionIsNeverDelivered() throws Exception {
        String callId = "arq-rollback-" + System.nanoTime();
        try (JMSContext jms = plainConnectionFactory.createContext()) {
            JMSConsumer consumer = jms.createConsumer(topic, "callId = '" + callId + "'");

            transaction.begin();
            events.publish(EventType.CALL_FAILED, callId, null);
            transaction.rollback();

            assertNull(consumer.receive(1500));
        }
    }

    @Test
    void theWebTierFansLiveEventsOutToWebSocketClients() throws Exception {
        LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer arquillian-token")
                .buildAsync(URI.create("ws://127.0.0.1:28080/" + CONTEXT + "/ws/events?types=HUMAN_DETECTED"),
                        new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                                frames.add(data.toString());
                                ws.request(1);
                                return null;
                            }
                        })
                .join();

        events.publish(EventType.CALL_CONNECTED, "arq-ws", null);
        GatewayEvent human = events.publish(EventType.HUMAN_DETECTED, "arq-ws",
                Json.createObjectBuilder().add("reason", "speech then pause").build());

        assertEquals(GatewayEventJson.toJson(human), frames.poll(10, TimeUnit.SECONDS));
        assertNull(frames.poll(500, TimeUnit.MILLISECONDS), "the types filter let CALL_CONNECTED through");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }
}
