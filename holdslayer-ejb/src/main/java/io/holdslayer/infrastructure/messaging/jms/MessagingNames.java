package io.holdslayer.infrastructure.messaging.jms;

/** JMS names shared by the CLI scripts, the publisher and the consumers. */
public final class MessagingNames {

    /** The events topic as seen inside the server; created by {@code install-messaging.cli}. */
    public static final String EVENTS_TOPIC = "java:/jms/holdslayer/events";
    /** The Artemis address of the events topic (WildFly prefixes topic addresses with {@code jms.topic.}). */
    public static final String EVENTS_TOPIC_ADDRESS = "jms.topic.HoldSlayerEvents";
    /** The platform's default connection factory (pooled, joins JTA transactions). */
    public static final String CONNECTION_FACTORY = "java:comp/DefaultJMSConnectionFactory";

    private MessagingNames() {
    }
}
