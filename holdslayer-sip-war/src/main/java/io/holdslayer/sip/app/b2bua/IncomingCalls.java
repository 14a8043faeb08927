package io.holdslayer.sip.app.b2bua;

import io.holdslayer.api.call.CallControlException;
import io.holdslayer.api.call.CallStatus;
import io.holdslayer.api.event.EventType;
import io.holdslayer.api.event.JsonPayloads;
import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.SdpNotAcceptableException;
import io.holdslayer.sip.app.servlet.SipSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls from the company (an INVITE from the trunk): the company's INVITE becomes the call's caller leg with the
 * company role, its media leg is opened like any company leg (recorded, analysed), and the configured device
 * rings through the transfer path (every contact in parallel, first answer wins). The device's 180 is relayed
 * as 180, its answer answers the company with our SDP and the two are bridged; if no contact answers, the
 * company gets 480 and the call fails. CANCEL and BYE from either side end the call symmetrically.
 */
@ApplicationScoped
public class IncomingCalls {

    private static final Logger LOG = Logger.getLogger(IncomingCalls.class.getName());

    @Inject
    SipSender sender;

    @Inject
    Requests requests;

    @Inject
    CallEvents events;

    @Inject
    Teardown teardown;

    @Inject
    Transfers transfers;

    @Inject
    CallerLegs callerLegs;

    @Inject
    SessionTimers sessionTimers;

    /** The trunk's INVITE (no To tag): ring {@code device}. */
    public void fromTrunk(RequestEvent event, String device) {
        ServerTransaction transaction = sender.serverTransaction(event);
        if (transaction == null) {
            return;
        }
        Call call = new Call(UUID.randomUUID().toString(), callerNumber(event.getRequest()));
        call.deviceName = device;
        synchronized (call) {
            UasLeg company = callerLegs.register(call, LegRole.COMPANY, event, transaction);
            try {
                callerLegs.trying(company);
                events.publish(EventType.CALL_STARTED, call, JsonPayloads.builder().add("number", call.number)
                        .add("device", device).add("direction", "incoming"));
                if (!callerLegs.answerOffer(company, LegRole.COMPANY)) {
                    refuse(call, Response.NOT_ACCEPTABLE_HERE, "the company sent no SDP offer");
                    return;
                }
                transfers.ringIncoming(call, device);
            } catch (SdpNotAcceptableException e) {
                refuse(call, Response.NOT_ACCEPTABLE_HERE, "the company's SDP is not acceptable: " + e.getMessage());
            } catch (CallControlException e) {
                refuse(call, Response.TEMPORARILY_UNAVAILABLE, "device '" + device + "' cannot be rung: "
                        + e.getMessage());
            } catch (Exception e) {
                LOG.log(Level.INFO, "incoming call failed to start: " + e, LOG.isLoggable(Level.FINE) ? e : null);
                refuse(call, Response.SERVICE_UNAVAILABLE, "could not start the call: " + e.getMessage());
            }
        }
    }

    /** The device rings: the company hears 180 (call under its monitor). */
    void ringing(Call call) {
        UasLeg company = call.caller;
        if (company.isTerminated() || company.isConfirmed()) {
            return;
        }
        company.state = LegState.EARLY;
        call.status = CallStatus.RINGING;
        sender.respond(company.inviteEvent, company.transaction, uasResponse(company, Response.RINGING, null));
        events.publish(EventType.CALL_RINGING, call, JsonPayloads.builder().add("status", Response.RINGING)
                .add("earlyMedia", false));
    }

    /** The device answered: the company gets our 200 (call under its monitor). */
    void answer(Call call) throws Exception {
        UasLeg company = call.caller;
        if (company.isTerminated()) {
            teardown.end(call, "the company hung up before the device answered", company, false, 0);
            return;
        }
        company.dialog = company.dialog == null ? company.transaction.getDialog() : company.dialog;
        sender.respond(company.inviteEvent, company.transaction,
                sessionTimers.decorate(company, uasResponse(company, Response.OK, company.answerSdp)));
        company.state = LegState.CONFIRMED;
        sessionTimers.start(company);
        call.status = CallStatus.CONNECTED;
        events.publish(EventType.CALL_CONNECTED, call, JsonPayloads.builder().add("number", call.number)
                .add("direction", "incoming"));
    }

    /** No contact of the device answered: the company gets 480 (call under its monitor). */
    void unanswered(Call call, String why) {
        refuse(call, Response.TEMPORARILY_UNAVAILABLE, why);
    }

    private void refuse(Call call, int status, String why) {
        teardown.rejectCaller(call.caller, status);
        teardown.end(call, why, call.caller, true, status);
    }

    private Response uasResponse(UasLeg leg, int status, String sdp) {
        try {
            return requests.uasResponse(leg, status, sdp);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build a " + status + " response: " + e, e);
        }
    }

    private static String callerNumber(Request request) {
        FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
        if (from != null && from.getAddress().getURI() instanceof SipURI uri && uri.getUser() != null) {
            return uri.getUser();
        }
        return "anonymous";
    }
}
