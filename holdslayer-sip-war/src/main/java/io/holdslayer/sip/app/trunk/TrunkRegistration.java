package io.holdslayer.sip.app.trunk;

import io.holdslayer.api.event.JsonPayloads;
import io.holdslayer.api.event.EventType;
import io.holdslayer.application.event.EventPublisher;
import io.holdslayer.sip.app.servlet.ResponseHandler;
import io.holdslayer.sip.app.servlet.SipSender;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sip.ResponseEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Keeps the gateway registered with the trunk. State machine: {@code REGISTERING} sends REGISTER (answering
 * one 401/407 challenge per attempt with digest credentials); a 2xx makes it {@code REGISTERED} until a
 * refresh at 80% of the granted lifetime; any other outcome (error, repeated challenge, timeout) makes it
 * {@code FAILED} and it tries again after an exponential back-off. {@code TRUNK_REGISTERED} and
 * {@code TRUNK_FAILED} are published on each change between the two. One Call-ID for all refreshes.
 */
@ApplicationScoped
public class TrunkRegistration {

    private static final Logger LOG = Logger.getLogger(TrunkRegistration.class.getName());

    enum State { IDLE, REGISTERING, REGISTERED, FAILED, STOPPED }

    @Inject
    Trunk trunk;

    @Inject
    SipSender sender;

    @Inject
    EventPublisher events;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Backoff backoff = new Backoff();
    private State state = State.IDLE;
    /** The outcome last announced: REGISTERED, FAILED, or IDLE before the first. Refreshes announce nothing. */
    private State announced = State.IDLE;
    private String callId;
    private long cseq;
    private ScheduledFuture<?> next;

    public synchronized void start() {
        if (!trunk.settings().registers() || state == State.STOPPED) {
            return;
        }
        callId = sender.provider().getNewCallId().getCallId();
        send(trunk.settings().registerExpirySeconds(), false);
    }

    public synchronized void stop() {
        if (next != null) {
            next.cancel(false);
        }
        boolean wasRegistered = state == State.REGISTERED;
        state = State.STOPPED;
        if (wasRegistered) {
            send(0, true);
        }
    }

    private void send(int expires, boolean final_) {
        if (!final_) {
            state = State.REGISTERING;
        }
        try {
            Request register = build(expires);
            long sentAt = System.nanoTime();
            sender.send(register, new Attempt(register, sentAt, false));
        } catch (Exception e) {
            failed("could not send REGISTER: " + e, 0);
        }
    }

    private Request build(int expires) throws Exception {
        var headers = sender.headers();
        var from = headers.createFromHeader(trunk.ourAddress(), SipSender.newTag());
        var to = headers.createToHeader(trunk.ourAddress(), null);
        var registrar = trunk.uri(null);
        Request request = sender.messages().createRequest(registrar, Request.REGISTER,
                headers.createCallIdHeader(callId), headers.createCSeqHeader(++cseq, Request.REGISTER), from, to,
                trunk.vias(), headers.createMaxForwardsHeader(70));
        request.addHeader(sender.contact(trunk.settings().username(), trunk.settings().transport()));
        request.addHeader(headers.createExpiresHeader(expires));
        return request;
    }

    private final class Attempt implements ResponseHandler {
        private final Request request;
        private final long sentAt;
        private final boolean authenticated;

        Attempt(Request request, long sentAt, boolean authenticated) {
            this.request = request;
            this.sentAt = sentAt;
            this.authenticated = authenticated;
        }

        @Override
        public void onResponse(ResponseEvent event) {
            Response response = event.getResponse();
            int status = response.getStatusCode();
            if (status < 200) {
                return;
            }
            trunk.health().responded(status, (System.nanoTime() - sentAt) / 1_000_000);
            synchronized (TrunkRegistration.this) {
                if (state == State.STOPPED) {
                    return;
                }
                if ((status == 401 || status == 407) && !authenticated) {
                    Request retry = trunk.authorized(request, response);
                    if (retry != null) {
                        cseq = ((CSeqHeader) retry.getHeader(CSeqHeader.NAME)).getSeqNumber();
                        sender.send(retry, new Attempt(retry, System.nanoTime(), true));
                        return;
                    }
                }
                if (status >= 200 && status < 300) {
                    registered(grantedExpiry(response));
                } else {
                    failed("trunk answered REGISTER with " + status + " " + response.getReasonPhrase(), status);
                }
            }
        }

        @Override
        public void onTimeout() {
            synchronized (TrunkRegistration.this) {
                if (state != State.STOPPED) {
                    failed("trunk did not answer REGISTER", 408);
                }
            }
        }
    }

    private int grantedExpiry(Response response) {
        var contacts = response.getHeaders(ContactHeader.NAME);
        while (contacts.hasNext()) {
            int expires = ((ContactHeader) contacts.next()).getExpires();
            if (expires > 0) {
                return expires;
            }
        }
        ExpiresHeader expires = response.getExpires();
        return expires != null && expires.getExpires() > 0 ? expires.getExpires()
                : trunk.settings().registerExpirySeconds();
    }

    private void registered(int expires) {
        boolean changed = announced != State.REGISTERED;
        state = State.REGISTERED;
        announced = State.REGISTERED;
        backoff.reset();
        trunk.health().registered(Instant.now().plusSeconds(expires));
        long refresh = Backoff.refreshDelaySeconds(expires);
        next = scheduler.schedule(this::refresh, refresh, TimeUnit.SECONDS);
        if (changed) {
            LOG.info(() -> "registered with the trunk for " + expires + " s");
            events.publish(EventType.TRUNK_REGISTERED, null, JsonPayloads.builder()
                    .add("trunk", trunk.settings().host() + ":" + trunk.settings().port())
                    .add("expires", expires).build());
        }
    }

    private void failed(String why, int status) {
        boolean changed = announced != State.FAILED;
        state = State.FAILED;
        announced = State.FAILED;
        long delay = backoff.nextDelaySeconds();
        trunk.health().failed(why + "; retrying in " + delay + " s");
        next = scheduler.schedule(this::refresh, delay, TimeUnit.SECONDS);
        LOG.warning(() -> why + "; retrying in " + delay + " s");
        if (changed) {
            events.publish(EventType.TRUNK_FAILED, null, JsonPayloads.builder()
                    .add("trunk", trunk.settings().host() + ":" + trunk.settings().port())
                    .add("status", status).add("reason", why).add("retryInSeconds", delay).build());
        }
    }

    private synchronized void refresh() {
        if (state != State.STOPPED) {
            send(trunk.settings().registerExpirySeconds(), false);
        }
    }
}
