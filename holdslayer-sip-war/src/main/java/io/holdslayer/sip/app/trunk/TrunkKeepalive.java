package io.holdslayer.sip.app.trunk;

import io.holdslayer.api.event.EventType;
import io.holdslayer.api.event.JsonPayloads;
import io.holdslayer.application.event.EventPublisher;
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
 * trunk is reachable. For an IP-authenticated trunk (no registration to tell) the changes of reachability are
 * published: {@code TRUNK_FAILED} when a keepalive goes unanswered, {@code TRUNK_REGISTERED} when it answers
 * (first, and after an outage); see {@link TrunkReachability}.
 */
@ApplicationScoped
public class TrunkKeepalive {

    @Inject
    Trunk trunk;

    @Inject
    SipSender sender;

    @Inject
    SipAppSettings settings;

    @Inject
    EventPublisher events;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final TrunkReachability reachability = new TrunkReachability();
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
        long sentAt = System.nanoTime();
        try {
            var headers = sender.headers();
            var from = headers.createFromHeader(trunk.ourAddress(), SipSender.newTag());
            var to = headers.createToHeader(sender.addresses().createAddress(trunk.uri(null)), null);
            Request options = sender.messages().createRequest(trunk.uri(null), Request.OPTIONS,
                    sender.provider().getNewCallId(), headers.createCSeqHeader(1L, Request.OPTIONS), from, to,
                    trunk.vias(), headers.createMaxForwardsHeader(70));
            sender.send(options, new ResponseHandler() {
                @Override
                public void onResponse(ResponseEvent event) {
                    int status = event.getResponse().getStatusCode();
                    if (status >= 200) {
                        trunk.health().responded(status, (System.nanoTime() - sentAt) / 1_000_000);
                        if (!trunk.settings().registers()) {
                            trunk.health().detail("reachable (OPTIONS answered " + status + ")");
                            announce(reachability.answered(sentAt), status, "OPTIONS answered " + status);
                        }
                    }
                }

                @Override
                public void onTimeout() {
                    trunk.health().responded(408, -1);
                    if (!trunk.settings().registers()) {
                        trunk.health().detail("unreachable: OPTIONS not answered");
                        announce(reachability.unanswered(sentAt), 408, "OPTIONS not answered");
                    }
                }
            });
        } catch (Exception e) {
            trunk.health().detail("OPTIONS could not be sent: " + e.getMessage());
            if (!trunk.settings().registers()) {
                announce(reachability.unanswered(sentAt), 0, "OPTIONS could not be sent: " + e.getMessage());
            }
        }
    }

    private void announce(EventType change, int status, String reason) {
        if (change == null) {
            return;
        }
        var payload = JsonPayloads.builder().add("trunk", trunk.settings().host() + ":" + trunk.settings().port())
                .add("keepalive", "OPTIONS").add("status", status);
        if (change == EventType.TRUNK_FAILED) {
            payload.add("reason", reason).add("retryInSeconds", settings.optionsInterval().toSeconds());
        }
        events.publish(change, null, payload.build());
    }
}
