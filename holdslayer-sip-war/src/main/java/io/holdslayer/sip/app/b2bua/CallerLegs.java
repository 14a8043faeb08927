package io.holdslayer.sip.app.b2bua;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.sip.app.media.MediaPlane;
import io.holdslayer.sip.app.servlet.SipSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.resource.ResourceException;

import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * The leg of the party whose INVITE starts a call (a device dialling out, the company calling in): the same
 * first steps whoever it is. Each method is called under the call's monitor.
 */
@ApplicationScoped
public class CallerLegs {

    @Inject
    SipSender sender;

    @Inject
    CallRegistry registry;

    @Inject
    MediaPlane media;

    @Inject
    SessionTimers sessionTimers;

    /** The caller's leg, registered with its call (and the call with the registry). */
    UasLeg register(Call call, LegRole role, RequestEvent event, ServerTransaction transaction) {
        String sipCallId = ((CallIdHeader) event.getRequest().getHeader(CallIdHeader.NAME)).getCallId();
        UasLeg caller = new UasLeg(call, role, sipCallId, event, transaction, SipSender.newTag());
        call.caller = caller;
        registry.add(call);
        registry.add(caller);
        return caller;
    }

    /** Its dialog, and 100 Trying so that the caller stops retransmitting. */
    void trying(UasLeg caller) throws SipException {
        Request request = caller.inviteEvent.getRequest();
        caller.dialog = sender.provider().getNewDialog(caller.transaction);
        sender.respond(caller.inviteEvent, caller.transaction, sender.response(request, Response.TRYING));
    }

    /**
     * A media leg that answers the caller's SDP offer, and the caller's session-timer wishes.
     *
     * @return false when the INVITE carried no offer (nothing is opened)
     */
    boolean answerOffer(UasLeg caller, LegRole role) throws ResourceException {
        Request request = caller.inviteEvent.getRequest();
        String offer = Requests.sdpOf(request);
        if (offer == null) {
            return false;
        }
        caller.mediaLegId = media.openLeg(caller.call.id, role);
        caller.answerSdp = media.answerOffer(caller.mediaLegId, offer);
        sessionTimers.fromRequest(caller, request);
        return true;
    }
}
