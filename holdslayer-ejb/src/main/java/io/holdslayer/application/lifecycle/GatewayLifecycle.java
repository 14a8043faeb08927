package io.holdslayer.application.lifecycle;

import io.holdslayer.api.event.JsonPayloads;
import io.holdslayer.api.event.EventType;
import io.holdslayer.application.event.EventPublisher;
import io.holdslayer.infrastructure.config.GatewaySettings;
import io.holdslayer.infrastructure.config.TrunkSettings;
import io.holdslayer.infrastructure.persistence.flyway.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Checks the trunk configuration (a wrong value fails the deployment with the key named) and announces
 * {@code GATEWAY_STARTED} and {@code GATEWAY_STOPPED}. The start is announced from a timer rather
 * than from {@code @PostConstruct}: timers fire once the whole application has deployed, so the web tier's
 * subscription to the events topic exists and the event reaches the history and WebSocket clients too.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.BEAN_NAME)
public class GatewayLifecycle {

    private static final Logger LOG = Logger.getLogger(GatewayLifecycle.class.getName());

    @Inject
    private EventPublisher events;

    @Inject
    private GatewaySettings settings;

    @Resource
    private TimerService timers;

    private Instant startedAt;

    @PostConstruct
    void scheduleStartAnnouncement() {
        startedAt = Instant.now();
        TrunkSettings trunk = settings.trunk();
        LOG.info(() -> "Trunk: " + trunk);
        timers.createSingleActionTimer(1, new TimerConfig("gateway-started", false));
    }

    @Timeout
    void announceStarted() {
        events.publish(EventType.GATEWAY_STARTED, null, JsonPayloads.builder()
                .add("version", String.valueOf(GatewayLifecycle.class.getPackage().getImplementationVersion()))
                .add("startedAt", startedAt.toString())
                .build());
        LOG.info("Hold Slayer gateway started");
    }

    @PreDestroy
    void announceStopping() {
        try {
            events.publish(EventType.GATEWAY_STOPPED, null, JsonPayloads.builder()
                    .add("uptimeSeconds", Duration.between(startedAt, Instant.now()).toSeconds())
                    .build());
        } catch (RuntimeException e) {
            LOG.warning("Could not announce GATEWAY_STOPPED: " + e);
        }
    }
}
