package io.holdslayer.sip.app.b2bua;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.SdpNotAcceptableException;
import io.holdslayer.sip.app.media.MediaPlane;
import io.holdslayer.sip.app.servlet.SipSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Requests inside a leg's dialog: re-INVITE and UPDATE (hold/unhold, session refresh) are answered by the
 * media plane, which mirrors the offered direction; BYE ends the whole call; INFO carries DTMF; ACK may carry
 * the answer to an offer we made in a 2xx. A request for a dialog we do not know gets 481.
 */
@ApplicationScoped
public class InDialog {

    private static final Logger LOG = Logger.getLogger(InDialog.class.getName());

    @Inject
    Teardown teardown;

    @Inject
    SipSender sender;

    @Inject
    Requests requests;

    @Inject
    MediaPlane media;

    @Inject
    CallRegistry registry;

    @Inject
    SessionTimers sessionTimers;

    @Inject
    Dtmf dtmf;

    public Optional<Leg> legOf(Request request) {
        CallIdHeader callId = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
        return registry.leg(callId == null ? null : callId.getCallId());
    }

    public void reInvite(RequestEvent event, Leg leg) {
        ServerTransaction transaction = sender.serverTransaction(event);
        if (transaction == null) {
            return;
        }
        Request request = event.getRequest();
        synchronized (leg.call) {
            if (!leg.isConfirmed()) {
                answer(event, transaction, request, leg.isTerminated() ? 481 : Response.REQUEST_PENDING, null, leg);
                return;
            }
            offerAnswer(event, transaction, request, leg);
        }
    }

    public void update(RequestEvent event, Leg leg) {
        ServerTransaction transaction = sender.serverTransaction(event);
        if (transaction == null) {
            return;
        }
        synchronized (leg.call) {
            if (leg.isTerminated()) {
                answer(event, transaction, event.getRequest(), 481, null, leg);
                return;
            }
            offerAnswer(event, transaction, event.getRequest(), leg);
        }
    }

    private void offerAnswer(RequestEvent event, ServerTransaction transaction, Request request, Leg leg) {
        String offer = Requests.sdpOf(request);
        try {
            String answer = null;
            if (offer != null) {
                answer = media.answerOffer(leg.mediaLegId, offer);
                leg.awaitingAckAnswer = false;
            } else if (Request.INVITE.equals(request.getMethod())) {
                answer = media.createOffer(leg.mediaLegId);
                leg.awaitingAckAnswer = true;
            }
            sessionTimers.fromRequest(leg, request);
            Response ok = sessionTimers.decorate(leg, requests.inDialogResponse(request, Response.OK, answer));
            sender.respond(event, transaction, ok);
            sessionTimers.start(leg);
        } catch (SdpNotAcceptableException e) {
            answer(event, transaction, request, Response.NOT_ACCEPTABLE_HERE, null, leg);
        } catch (Exception e) {
            LOG.info(() -> "re-INVITE failed: " + e);
            answer(event, transaction, request, Response.SERVER_INTERNAL_ERROR, null, leg);
        }
    }

    public void ack(RequestEvent event, Leg leg) {
        synchronized (leg.call) {
            String sdp = Requests.sdpOf(event.getRequest());
            if (leg.awaitingAckAnswer && sdp != null) {
                leg.awaitingAckAnswer = false;
                try {
                    media.acceptAnswer(leg.mediaLegId, sdp);
                } catch (Exception e) {
                    LOG.info(() -> "answer in ACK not usable: " + e);
                }
            }
        }
    }

    public void bye(RequestEvent event, Leg leg) {
        ServerTransaction transaction = sender.serverTransaction(event);
        Request request = event.getRequest();
        synchronized (leg.call) {
            answer(event, transaction, request, Response.OK, null, leg);
            leg.state = LegState.TERMINATED;
            String side = leg.role == LegRole.COMPANY ? "company" : "device";
            teardown.end(leg.call, side + " hung up", leg, false, 0);
        }
    }

    /** CANCEL of an INVITE we have not answered yet (a device calling out). */
    public void cancel(RequestEvent event, Leg leg) {
        ServerTransaction transaction = sender.serverTransaction(event);
        answer(event, transaction, event.getRequest(), Response.OK, null, leg);
        synchronized (leg.call) {
            if (leg instanceof UasLeg caller && !caller.isConfirmed() && !caller.isTerminated()) {
                teardown.rejectCaller(caller, Response.REQUEST_TERMINATED);
                teardown.end(leg.call, "caller cancelled", caller, true, Response.REQUEST_TERMINATED);
            }
        }
    }

    public void info(RequestEvent event, Leg leg) {
        ServerTransaction transaction = sender.serverTransaction(event);
        Request request = event.getRequest();
        String type = Requests.contentType(request);
        String body = Requests.bodyOf(request);
        if (body == null || body.isBlank()) {
            answer(event, transaction, request, Response.OK, null, leg);
            return;
        }
        String digit = switch (type) {
            case DtmfRelay.CONTENT_TYPE -> DtmfRelay.digit(body);
            case "application/dtmf" -> DtmfRelay.validDigits(body.trim()) ? body.trim() : null;
            default -> null;
        };
        if (!type.equals(DtmfRelay.CONTENT_TYPE) && !type.equals("application/dtmf")) {
            answer(event, transaction, request, Response.UNSUPPORTED_MEDIA_TYPE, null, leg);
            return;
        }
        if (digit == null) {
            answer(event, transaction, request, Response.BAD_REQUEST, null, leg);
            return;
        }
        answer(event, transaction, request, Response.OK, null, leg);
        synchronized (leg.call) {
            dtmf.received(leg, digit);
        }
    }

    private void answer(RequestEvent event, ServerTransaction transaction, Request request, int status, String sdp,
                        Leg leg) {
        try {
            sender.respond(event, transaction, requests.inDialogResponse(request, status, sdp));
        } catch (Exception e) {
            LOG.fine(() -> "could not answer " + status + " on " + leg + ": " + e);
        }
    }
}
