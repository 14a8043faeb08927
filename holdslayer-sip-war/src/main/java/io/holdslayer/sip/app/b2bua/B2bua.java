package io.holdslayer.sip.app.b2bua;

import io.holdslayer.api.event.JsonPayloads;
import io.holdslayer.api.call.CallStatus;
import io.holdslayer.api.event.EventType;
import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.SdpNotAcceptableException;
import io.holdslayer.sip.app.media.MediaPlane;
import io.holdslayer.sip.app.servlet.ResponseHandler;
import io.holdslayer.sip.app.servlet.SipSender;
import io.holdslayer.sip.app.trunk.Trunk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.resource.ResourceException;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The back-to-back user agent. The company leg is our INVITE through the trunk carrying the media plane's
 * offer; provisional answers with SDP are applied as early media (a 183 then a 200: the last answer wins);
 * the 2xx is ACKed and the call is connected. A device that dialled out through us is the caller leg: it
 * hears our 180/183/200 as the company's arrive and is bridged on answer. Teardown is symmetric: whichever
 * side ends, every other leg gets BYE (confirmed), CANCEL (ringing) or 487 (unanswered caller), and all media
 * legs are closed.
 */
@ApplicationScoped
public class B2bua {

    private static final Logger LOG = Logger.getLogger(B2bua.class.getName());

    @Inject
    SipSender sender;

    @Inject
    Requests requests;

    @Inject
    MediaPlane media;

    @Inject
    CallRegistry registry;

    @Inject
    CallEvents events;

    @Inject
    Teardown teardown;

    @Inject
    Trunk trunk;

    @Inject
    Transfers transfers;

    @Inject
    CallerLegs callerLegs;

    @Inject
    SessionTimers sessionTimers;

    /** Places a call to the company; the device, if given, is rung once the company answers. */
    public Call place(String callId, String number, String device) throws ResourceException {
        if (registry.call(callId).isPresent()) {
            throw new ResourceException("call " + callId + " already exists");
        }
        Call call = new Call(callId, number);
        call.pendingTransferDevice = device;
        registry.add(call);
        events.publish(EventType.CALL_STARTED, call, JsonPayloads.builder().add("number", number)
                .add("device", device == null ? "" : device));
        synchronized (call) {
            try {
                startCompanyLeg(call);
            } catch (ResourceException | RuntimeException e) {
                teardown.end(call, "could not start the call: " + e.getMessage(), null, true, 0);
                throw e instanceof ResourceException re ? re : new ResourceException(e.getMessage(), e);
            }
        }
        return call;
    }

    /** A registered device dialled {@code number}: bridge it to a company leg through the trunk. */
    public void fromDevice(RequestEvent event, String device, String number) {
        ServerTransaction transaction = sender.serverTransaction(event);
        if (transaction == null) {
            return;
        }
        Call call = new Call(UUID.randomUUID().toString(), number);
        call.deviceName = device;
        synchronized (call) {
            UasLeg caller = callerLegs.register(call, LegRole.DEVICE, event, transaction);
            try {
                callerLegs.trying(caller);
                events.publish(EventType.CALL_STARTED, call, JsonPayloads.builder().add("number", number)
                        .add("device", device).add("direction", "device-originated"));
                if (!callerLegs.answerOffer(caller, LegRole.DEVICE)) {
                    teardown.rejectCaller(caller, Response.NOT_ACCEPTABLE_HERE);
                    teardown.end(call, "caller sent no SDP offer", caller, true, Response.NOT_ACCEPTABLE_HERE);
                    return;
                }
                startCompanyLeg(call);
            } catch (SdpNotAcceptableException e) {
                teardown.rejectCaller(caller, Response.NOT_ACCEPTABLE_HERE);
                teardown.end(call, "caller's SDP not acceptable: " + e.getMessage(), caller, true, Response.NOT_ACCEPTABLE_HERE);
            } catch (Exception e) {
                LOG.log(Level.INFO, "device call failed to start: " + e, LOG.isLoggable(Level.FINE) ? e : null);
                teardown.rejectCaller(caller, Response.SERVICE_UNAVAILABLE);
                teardown.end(call, "could not start the call: " + e.getMessage(), caller, true, Response.SERVICE_UNAVAILABLE);
            }
        }
    }

    private void startCompanyLeg(Call call) throws ResourceException {
        String mediaLeg = media.openLeg(call.id, LegRole.COMPANY);
        try {
            String offer = media.createOffer(mediaLeg);
            Request invite = requests.inviteToTrunk(call.number, offer);
            UacLeg leg = new UacLeg(call, LegRole.COMPANY, Trunk.callIdOf(invite), null);
            leg.mediaLegId = mediaLeg;
            leg.invite = invite;
            call.company = leg;
            registry.add(leg);
            if (!sendInvite(leg)) {
                throw new ResourceException("the INVITE to the trunk could not be sent");
            }
        } catch (ResourceException e) {
            media.closeLeg(mediaLeg);
            throw e;
        } catch (Exception e) {
            media.closeLeg(mediaLeg);
            throw new ResourceException("could not build the INVITE: " + e.getMessage(), e);
        }
    }

    /** Sends the leg's INVITE in a new client transaction and dialog. */
    boolean sendInvite(UacLeg leg) {
        try {
            ClientTransaction transaction = sender.provider().getNewClientTransaction(leg.invite);
            leg.dialog = sender.provider().getNewDialog(transaction);
            transaction.setApplicationData(new UacHandler(leg));
            leg.transaction = transaction;
            transaction.sendRequest();
            return true;
        } catch (Exception e) {
            LOG.info(() -> "could not send INVITE to " + leg.invite.getRequestURI() + ": " + e);
            return false;
        }
    }

    private final class UacHandler implements ResponseHandler {
        private final UacLeg leg;

        UacHandler(UacLeg leg) {
            this.leg = leg;
        }

        @Override
        public void onResponse(ResponseEvent event) {
            B2bua.this.onResponse(leg, event);
        }

        @Override
        public void onTimeout() {
            synchronized (leg.call) {
                if (!leg.isTerminated() && !leg.isConfirmed()) {
                    leg.state = LegState.TERMINATED;
                    legFailed(leg, Response.REQUEST_TIMEOUT, "no answer to INVITE (timeout)");
                }
            }
        }
    }

    void onResponse(UacLeg leg, ResponseEvent event) {
        Response response = event.getResponse();
        int status = response.getStatusCode();
        Call call = leg.call;
        synchronized (call) {
            if (status >= 200 && status < 300) {
                success(leg, event);
            } else if (status > 100 && status < 200) {
                provisional(leg, response, event.getDialog());
            } else if (status >= 300) {
                error(leg, response);
            }
        }
    }

    private void provisional(UacLeg leg, Response response, Dialog dialog) {
        if (leg.isTerminated() || leg.isConfirmed()) {
            return;
        }
        leg.provisionalSeen = true;
        if (leg.cancelPending) {
            teardown.cancel(leg);
            return;
        }
        leg.state = LegState.EARLY;
        String sdp = Requests.sdpOf(response);
        if (sdp != null && leg.role == LegRole.COMPANY) {
            try {
                media.acceptAnswer(leg.mediaLegId, sdp);
            } catch (ResourceException e) {
                LOG.info(() -> "early media SDP not usable: " + e.getMessage());
            }
        }
        if (leg.role == LegRole.COMPANY) {
            companyRinging(leg.call, response.getStatusCode(), sdp != null);
        } else {
            transfers.forkRinging(leg);
        }
    }

    private void companyRinging(Call call, int status, boolean earlyMedia) {
        if (call.status == CallStatus.TRYING) {
            call.status = CallStatus.RINGING;
        }
        if (!call.ringingAnnounced) {
            call.ringingAnnounced = true;
            events.publish(EventType.CALL_RINGING, call, JsonPayloads.builder().add("status", status)
                    .add("earlyMedia", earlyMedia));
        }
        UasLeg caller = call.caller;
        if (caller != null && !caller.isTerminated() && !caller.isConfirmed()) {
            try {
                if (earlyMedia) {
                    // the caller hears the company's ringback or announcements before the answer
                    media.bridge(call.company.mediaLegId, caller.mediaLegId);
                }
                caller.state = LegState.EARLY;
                sender.respond(caller.inviteEvent, caller.transaction,
                        requests.uasResponse(caller, earlyMedia ? 183 : 180,
                                earlyMedia ? caller.answerSdp : null));
            } catch (Exception e) {
                LOG.fine(() -> "could not relay " + status + ": " + e);
            }
        }
    }

    private void success(UacLeg leg, ResponseEvent event) {
        Response response = event.getResponse();
        Dialog dialog = event.getDialog() != null ? event.getDialog() : leg.dialog;
        long cseq = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber();
        if (!Request.INVITE.equals(((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getMethod())) {
            return;
        }
        if (leg.isConfirmed() || leg.isTerminated()) {
            // a retransmitted 2xx, or an answer after we gave up: ACK it; a late one also gets BYE
            sender.sendAck(dialog, cseq, null, null);
            if (leg.isTerminated() || dialog != leg.dialog) {
                teardown.bye(dialog);
            }
            return;
        }
        leg.dialog = dialog;
        String sdp = Requests.sdpOf(response);
        try {
            if (sdp != null) {
                media.acceptAnswer(leg.mediaLegId, sdp);
            }
        } catch (ResourceException e) {
            LOG.info(() -> "answer SDP not usable: " + e.getMessage());
        }
        sender.sendAck(dialog, cseq, null, null);
        leg.state = LegState.CONFIRMED;
        if (leg.cancelPending || leg.call.ended()) {
            leg.state = LegState.TERMINATED;
            teardown.bye(dialog);
            return;
        }
        sessionTimers.fromResponse(leg, response);
        if (leg.role == LegRole.COMPANY) {
            companyAnswered(leg.call);
        } else {
            transfers.forkAnswered(leg);
        }
    }

    private void companyAnswered(Call call) {
        call.status = CallStatus.CONNECTED;
        events.publish(EventType.CALL_CONNECTED, call, JsonPayloads.builder().add("number", call.number));
        UasLeg caller = call.caller;
        if (caller != null) {
            try {
                caller.dialog = caller.dialog == null ? caller.transaction.getDialog() : caller.dialog;
                sender.respond(caller.inviteEvent, caller.transaction, sessionTimers.decorate(caller,
                        requests.uasResponse(caller, Response.OK, caller.answerSdp)));
                caller.state = LegState.CONFIRMED;
                sessionTimers.start(caller);
                media.bridge(call.company.mediaLegId, caller.mediaLegId);
                call.status = CallStatus.BRIDGED;
            } catch (Exception e) {
                LOG.info(() -> "could not bridge the caller: " + e);
                teardown.end(call, "could not bridge the caller: " + e.getMessage(), null, false, 0);
            }
        } else if (call.pendingTransferDevice != null) {
            String device = call.pendingTransferDevice;
            call.pendingTransferDevice = null;
            try {
                transfers.start(call, device);
            } catch (Exception e) {
                transfers.report(call, device, false, e.getMessage());
            }
        }
    }

    private void error(UacLeg leg, Response response) {
        int status = response.getStatusCode();
        if (leg.isTerminated() || leg.isConfirmed()) {
            return;
        }
        if ((status == 401 || status == 407) && !leg.authTried && leg.role == LegRole.COMPANY && !leg.cancelPending) {
            Request retry = trunk.authorized(leg.invite, response);
            if (retry != null) {
                leg.authTried = true;
                leg.invite = retry;
                leg.provisionalSeen = false;
                leg.state = LegState.CALLING;
                if (sendInvite(leg)) {
                    return;
                }
            }
        }
        leg.state = LegState.TERMINATED;
        legFailed(leg, status, status + " " + response.getReasonPhrase());
    }

    private void legFailed(UacLeg leg, int status, String why) {
        Call call = leg.call;
        registry.remove(leg);
        if (leg.role == LegRole.COMPANY) {
            if (call.ended()) {
                return;
            }
            if (call.caller != null && !call.caller.isConfirmed()) {
                teardown.rejectCaller(call.caller, status == 401 || status == 407 || status == 408 ? Response.BAD_GATEWAY
                        : status == 487 ? Response.REQUEST_TERMINATED : status);
            }
            teardown.end(call, "company leg failed: " + why, leg, true, status);
        } else {
            transfers.forkFailed(leg, why);
        }
    }
}
