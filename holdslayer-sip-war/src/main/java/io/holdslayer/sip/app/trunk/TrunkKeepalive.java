package io.holdslayer.sip.app.trunk;

import io.holdslayer.sip.app.config.SipAppSettings;
import io.holdslayer.sip.app.servlet.ResponseHandler;
import io.holdslayer.sip.app.servlet.SipSender;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sip.ResponseEvent;
import javax.sip.message.Request;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends OPTIONS to the trunk at a fixed interval and records the answer's status and round-trip time: the
 * health of IP-authenticated trunks, and an early warning for registered ones. Any final response means the
 * trunk is reachable.
 */
@ApplicationScoped
public class TrunkKeepalive {

    @Inject
    Trunk trunk;

    @Inject
    SipSender sender;

    @Inject
    SipAppSettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    public synchronized void start() {
        if (trunk.configured() && task == null) {
            long interval = settings.optionsInterval().toSeconds();
            task = scheduler.scheduleWithFixedDelay(this::ping, interval, interval, TimeUnit.SECONDS);
        }
    }

    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    void ping() {
        try {
            var headers = sender.headers();
            var from = headers.createFromHeader(trunk.ourAddress(), SipSender.newTag());
            var to = headers.createToHeader(sender.addresses().createAddress(trunk.uri(null)), null);
            Request options = sender.messages().createRequest(trunk.uri(null), Request.OPTIONS,
                    sender.provider().getNewCallId(), headers.createCSeqHeader(1L, Request.OPTIONS), from, to,
                    trunk.vias(), headers.createMaxForwardsHeader(70));
            long sentAt = System.nanoTime();
            sender.send(options, new ResponseHandler() {
                @Override
                public void onResponse(ResponseEvent event) {
                    int status = event.getResponse().getStatusCode();
                    if (status >= 200) {
                        trunk.health().responded(status, (System.nanoTime() - sentAt) / 1_000_000);
                        if (!trunk.settings().registers()) {
                            trunk.health().detail("reachable (OPTIONS answered " + status + ")");
                        }
                    }
                }

                @Override
                public void onTimeout() {
                    trunk.health().responded(408, -1);
                    if (!trunk.settings().registers()) {
                        trunk.health().detail("unreachable: OPTIONS not answered");
                    }
                }
            });
        } catch (Exception e) {
            trunk.health().detail("OPTIONS could not be sent: " + e.getMessage());
        }
    }
}
