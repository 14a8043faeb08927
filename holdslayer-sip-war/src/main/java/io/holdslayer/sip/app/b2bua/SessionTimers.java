package io.holdslayer.sip.app.b2bua;

import io.holdslayer.sip.app.config.SipAppSettings;
import io.holdslayer.sip.app.media.MediaPlane;
import io.holdslayer.sip.app.servlet.ResponseHandler;
import io.holdslayer.sip.app.servlet.SipSender;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sip.ResponseEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.header.Header;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Session timers (RFC 4028) per leg. The refresher is named in the 2xx ({@code refresher=uac|uas}, relative to
 * the transaction that set it). When we refresh, a re-INVITE with a new offer goes out at half the interval;
 * when the peer refreshes, a missing refresh ends the call at interval − min(32, interval/3). A re-INVITE or
 * UPDATE from the peer restarts the timer and is answered with the interval it asked for.
 */
@ApplicationScoped
public class SessionTimers {

    private static final Logger LOG = Logger.getLogger(SessionTimers.class.getName());
    static final String HEADER = "Session-Expires";

    @Inject
    Teardown teardown;

    @Inject
    SipSender sender;

    @Inject
    MediaPlane media;

    @Inject
    Requests requests;

    @Inject
    SipAppSettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    static SessionExpires of(Message message) {
        Header header = message.getHeader(HEADER);
        if (header == null) {
            header = message.getHeader("x"); // RFC 4028 compact form
        }
        if (header == null) {
            return null;
        }
        String text = header.toString();
        int colon = text.indexOf(':');
        return SessionExpires.parse(colon < 0 ? text.trim() : text.substring(colon + 1).trim());
    }

    /** We sent the INVITE (or re-INVITE): the 2xx says who refreshes; {@code uac} is us. */
    void fromResponse(Leg leg, Response response) {
        SessionExpires se = of(response);
        if (se == null) {
            return;
        }
        leg.sessionInterval = se.seconds();
        leg.weRefresh = !"uas".equals(se.refresher());
        start(leg);
    }

    /** The peer sent the INVITE, re-INVITE or UPDATE: it refreshes unless it asked us to. */
    void fromRequest(Leg leg, Request request) {
        SessionExpires se = of(request);
        if (se == null) {
            return;
        }
        leg.sessionInterval = Math.max(90, se.seconds());
        leg.weRefresh = "uas".equals(se.refresher());
    }

    /** Adds our Session-Expires (and Require: timer) to a 2xx answering the peer's request. */
    Response decorate(Leg leg, Response response) throws Exception {
        if (leg.sessionInterval > 0) {
            response.addHeader(sender.headers().createHeader(HEADER,
                    leg.sessionInterval + ";refresher=" + (leg.weRefresh ? "uas" : "uac")));
            response.addHeader(sender.headers().createRequireHeader("timer"));
        }
        return response;
    }

    void start(Leg leg) {
        leg.cancelSessionTimer();
        if (leg.sessionInterval <= 0 || !leg.isConfirmed()) {
            return;
        }
        SessionExpires se = new SessionExpires(leg.sessionInterval, "");
        if (leg.weRefresh) {
            leg.sessionTimer = scheduler.schedule(() -> refresh(leg), se.refreshAfterSeconds(), TimeUnit.SECONDS);
        } else {
            leg.sessionTimer = scheduler.schedule(() -> expire(leg), se.expireAfterSeconds(), TimeUnit.SECONDS);
        }
    }

    private void expire(Leg leg) {
        synchronized (leg.call) {
            if (leg.isConfirmed()) {
                teardown.end(leg.call, "session expired: the " + leg.role.name().toLowerCase() + " leg was not refreshed",
                        null, false, 0);
            }
        }
    }

    private void refresh(Leg leg) {
        synchronized (leg.call) {
            if (!leg.isConfirmed()) {
                return;
            }
            try {
                Request reInvite = leg.dialog.createRequest(Request.INVITE);
                reInvite.addHeader(sender.contact("holdslayer", Requests.transportOf(reInvite)));
                reInvite.addHeader(sender.headers().createSupportedHeader("timer"));
                reInvite.addHeader(sender.headers().createHeader(HEADER, leg.sessionInterval + ";refresher=uac"));
                requests.setSdp(reInvite, media.createOffer(leg.mediaLegId));
                sender.sendInDialog(leg.dialog, reInvite, new RefreshHandler(leg));
            } catch (Exception e) {
                LOG.info(() -> "session refresh could not be sent: " + e);
                teardown.end(leg.call, "session refresh failed: " + e.getMessage(), null, false, 0);
            }
        }
    }

    private final class RefreshHandler implements ResponseHandler {
        private final Leg leg;

        RefreshHandler(Leg leg) {
            this.leg = leg;
        }

        @Override
        public void onResponse(ResponseEvent event) {
            Response response = event.getResponse();
            int status = response.getStatusCode();
            synchronized (leg.call) {
                if (status < 200 || !leg.isConfirmed()) {
                    return;
                }
                if (status < 300) {
                    String sdp = Requests.sdpOf(response);
                    try {
                        if (sdp != null) {
                            media.acceptAnswer(leg.mediaLegId, sdp);
                        }
                    } catch (Exception e) {
                        LOG.info(() -> "refresh answer not usable: " + e);
                    }
                    sender.sendAck(leg.dialog, ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber(),
                            null, null);
                    if (of(response) == null) {
                        start(leg);
                    } else {
                        fromResponse(leg, response);
                    }
                } else if (status == 481 || status == 408) {
                    teardown.end(leg.call, "session refresh answered " + status, leg, false, status);
                } else {
                    start(leg);
                }
            }
        }

        @Override
        public void onTimeout() {
            synchronized (leg.call) {
                teardown.end(leg.call, "session refresh not answered", null, false, 408);
            }
        }
    }
}
