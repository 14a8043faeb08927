package io.holdslayer.sip.app.trunk;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

/**
 * Starts trunk registration and keepalive once the application has deployed (a timer: the SIP connector's
 * endpoint is active by then), and unregisters when it undeploys.
 */
@Singleton
@Startup
public class TrunkStartup {

    @Inject
    TrunkRegistration registration;

    @Inject
    TrunkKeepalive keepalive;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(500, new TimerConfig("trunk-start", false));
    }

    @Timeout
    void start() {
        registration.start();
        keepalive.start();
    }

    @PreDestroy
    void stop() {
        keepalive.stop();
        registration.stop();
    }
}
