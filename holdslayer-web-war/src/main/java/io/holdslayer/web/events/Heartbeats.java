package io.holdslayer.web.events;

import io.holdslayer.infrastructure.config.GatewaySettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.time.Duration;

/** Pings the WebSocket clients every {@code holdslayer.ws.heartbeat-seconds}; three silent periods drop one. */
@Singleton
@Startup
public class Heartbeats {

    private static final int SILENT_PERIODS = 3;

    @Resource
    TimerService timers;

    @Inject
    GatewaySettings settings;

    @Inject
    EventSubscribers subscribers;

    private Duration silence;

    @PostConstruct
    void schedule() {
        long period = settings.heartbeatSeconds() * 1000L;
        silence = Duration.ofMillis(period * SILENT_PERIODS);
        timers.createIntervalTimer(period, period, new TimerConfig("websocket heartbeat", false));
    }

    @Timeout
    void beat() {
        subscribers.heartbeat(silence);
    }
}
