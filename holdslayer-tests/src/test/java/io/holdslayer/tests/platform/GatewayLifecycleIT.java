package io.holdslayer.tests.platform;

import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.SharedGateway;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import jakarta.json.JsonObject;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The life of a second gateway ("lifecycle", HTTP 18180) running beside the shared one, watched by an external
 * JMS consumer with a plain Artemis client over the HTTP port.
 */
@ExtendWith(SharedGateway.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayLifecycleIT {

    private static final String TOPIC = "jms.topic.HoldSlayerEvents";
    private static final String CLIENT_ID = "lifecycle-it";
    private static final String SUBSCRIPTION = "all-gateway-events";

    private static final Gateway gateway = Gateway.named("lifecycle", 18180)
            .with("HOLDSLAYER_API_CALLS_PER_MINUTE", "3").fresh();
    private static String tokenOfFirstRun;
    private static long startedIdOfFirstRun;

    @AfterAll
    static void stopGateway() {
        gateway.stop();
    }

    @Test
    @Order(1)
    void aSecondInstanceRunsBesideTheFirstOnItsOwnPorts(Gateway shared) {
        gateway.start();

        assertEquals(200, shared.get("/api/health", null).statusCode());
        assertEquals(200, gateway.get("/api/health", null).statusCode());
        assertFalse(gateway.token().equals(shared.token()), "each instance has its own generated token");
        tokenOfFirstRun = gateway.token();
        startedIdOfFirstRun = gateway.events("GATEWAY_STARTED").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    @Order(2)
    void placingCallsIsLimitedPerTokenWith429AndRetryAfter() {
        for (int i = 0; i < 3; i++) {
            int status = gateway.send("POST", "/api/calls", "{\"number\":\"+19005550100\"}").statusCode();
            assertNotEquals(429, status, "attempt " + (i + 1) + " of 3 allowed per minute");
        }
        HttpResponse<String> refused = gateway.send("POST", "/api/calls", "{\"number\":\"+19005550100\"}");
        assertEquals(429, refused.statusCode(), refused.body());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(Gateway.json(refused.body()).getString("detail").contains("At most 3 calls"), refused.body());
        assertEquals(200, gateway.get("/api/events", gateway.token()).statusCode(), "reading is not limited");
    }

    @Test
    @Order(2)
    void anExternalConsumerMaySubscribeDurablyButNeverPublish() {
        try (JMSContext jms = connect()) {
            Topic topic = jms.createTopic(TOPIC);
            jms.createDurableConsumer(topic, SUBSCRIPTION).close();

            assertThrows(JMSSecurityRuntimeException.class,
                    () -> jms.createProducer().send(topic, "{\"forged\":true}"));
        }
    }

    @Test
    @Order(3)
    void sigtermStopsTheGatewayAndWildFlyAndALiveConsumerHearsGatewayStopped() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(gateway.jmsUrl());
        JMSContext jms = factory.createContext("events", gateway.jmsPassword());
        jms.createConsumer(jms.createTopic(TOPIC), "eventType = 'GATEWAY_STOPPED'")
                .setMessageListener(message -> heard.add(body(message)));

        assertEquals(0, gateway.stop());

        assertFalse(gateway.portOpen(), "WildFly still listens after the launcher exited");
        assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine().orElse("")
                        .contains("jboss.server.base.dir=" + gateway.dataDir().resolve("server"))),
                "a WildFly process of this instance is still running");
        assertEquals(1, heard.size(), "GATEWAY_STOPPED heard by a live external consumer: " + heard);
        assertEquals("GATEWAY_STOPPED", Gateway.json(heard.get(0)).getString("type"));
        closeQuietly(jms, factory);
    }

    @Test
    @Order(4)
    void afterARestartTheDataIsStillThere() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:"
                + gateway.dataDir().resolve("db/holdslayer") + ";ACCESS_MODE_DATA=r", "sa", "sa");
             ResultSet migrations = db.createStatement().executeQuery(
                     "select count(*) from \"flyway_schema_history\" where \"type\" = 'SQL' and \"success\"")) {
            migrations.next();
            assertEquals(1, migrations.getInt(1), "the baseline migration was recorded once");
        }

        gateway.start();

        assertEquals(tokenOfFirstRun, gateway.token(), "the generated token survives a restart");
        assertEquals(200, gateway.get("/api/events", tokenOfFirstRun).statusCode());
        long startedId = gateway.events("GATEWAY_STARTED").getJsonObject(0).getJsonNumber("id").longValue();
        assertTrue(startedId > startedIdOfFirstRun, "event ids keep increasing across restarts");
        String serverLog = Files.readString(gateway.dataDir().resolve("server/log/server.log"));
        assertTrue(serverLog.contains("Database schema at version 1 (0 migrations applied now)"),
                "the second start found the schema in place");
    }

    @Test
    @Order(5)
    void theDurableSubscriptionKeptGatewayStoppedAndStartedWhileTheConsumerWasAway() throws Exception {
        try (JMSContext jms = connect()) {
            JMSConsumer consumer = jms.createDurableConsumer(jms.createTopic(TOPIC), SUBSCRIPTION);
            List<String> types = new ArrayList<>();
            Message message;
            while ((message = consumer.receive(5000)) != null) {
                types.add(message.getStringProperty("eventType"));
                JsonObject event = Gateway.json(message.getBody(String.class));
                assertEquals(message.getStringProperty("eventType"), event.getString("type"));
            }
            assertEquals(List.of("GATEWAY_STOPPED", "GATEWAY_STARTED"), types,
                    "what the subscription holds after a stop and a start");
            consumer.close();
            jms.unsubscribe(SUBSCRIPTION);
        }
    }

    private static String body(Message message) {
        try {
            return message.getBody(String.class);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(JMSContext jms, ActiveMQConnectionFactory factory) {
        try {
            jms.close();
            factory.close();
        } catch (RuntimeException serverAlreadyGone) {
            // the broker went away with the server; nothing to close politely
        }
    }

    private static JMSContext connect() {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(gateway.jmsUrl());
        JMSContext context = factory.createContext("events", gateway.jmsPassword());
        assertNotNull(context);
        context.setClientID(CLIENT_ID);
        return context;
    }
}
