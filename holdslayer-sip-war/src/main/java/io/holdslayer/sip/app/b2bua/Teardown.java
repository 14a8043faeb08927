package io.holdslayer.sip.app.b2bua;

import io.holdslayer.api.event.JsonPayloads;
import io.holdslayer.api.call.CallStatus;
import io.holdslayer.api.event.EventType;
import io.holdslayer.sip.app.media.MediaPlane;
import io.holdslayer.sip.app.servlet.SipSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

import javax.sip.Dialog;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.util.logging.Logger;

/**
 * Symmetric teardown: whichever side ends a call, every other leg is ended the way its state requires (BYE when
 * confirmed, CANCEL when ringing, 487 to an unanswered caller), every media leg is closed and the call's end is
 * announced once.
 */
@ApplicationScoped
public class Teardown {

    private static final Logger LOG = Logger.getLogger(Teardown.class.getName());

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

    void rejectCaller(UasLeg caller, int status) {
        if (caller.isTerminated() || caller.isConfirmed()) {
            return;
        }
        caller.state = LegState.TERMINATED;
        try {
            sender.respond(caller.inviteEvent, caller.transaction, requests.uasResponse(caller, status, null));
        } catch (Exception e) {
            LOG.fine(() -> "could not reject the caller: " + e);
        }
    }

    /**
     * Ends the call on every leg except {@code origin} (which ended itself) and closes its media.
     *
     * @param failed CALL_FAILED instead of CALL_ENDED (the company never answered)
     */
    void end(Call call, String reason, Leg origin, boolean failed, int status) {
        if (call.ended()) {
            return;
        }
        boolean neverConnected = call.status == CallStatus.TRYING || call.status == CallStatus.RINGING;
        call.status = failed && neverConnected || call.failedByApplication ? CallStatus.FAILED : CallStatus.ENDED;
        call.reason = reason;
        if (call.forkTimer != null) {
            call.forkTimer.cancel(false);
        }
        for (Leg leg : call.legs()) {
            if (leg != origin) {
                terminate(leg);
            }
            leg.cancelSessionTimer();
            media.closeLeg(leg.mediaLegId);
        }
        media.closeLeg(call.forkMediaLegId);
        registry.remove(call);
        JsonObjectBuilder payload = JsonPayloads.builder().add("reason", reason);
        if (status > 0) {
            payload.add("status", status);
        }
        events.publish(call.status == CallStatus.FAILED ? EventType.CALL_FAILED : EventType.CALL_ENDED, call, payload);
    }

    /** Ends one leg the way its state requires: BYE, CANCEL or 487. */
    void terminate(Leg leg) {
        LegState was = leg.state;
        if (was == LegState.TERMINATED) {
            return;
        }
        if (was == LegState.CONFIRMED) {
            leg.state = LegState.TERMINATED;
            bye(leg.dialog);
        } else if (leg instanceof UacLeg uac) {
            if (uac.provisionalSeen) {
                cancel(uac);
            } else {
                uac.cancelPending = true;
            }
        } else if (leg instanceof UasLeg uas) {
            rejectCaller(uas, Response.REQUEST_TERMINATED);
        }
    }

    void cancel(UacLeg leg) {
        leg.state = LegState.TERMINATED;
        try {
            Request cancel = leg.transaction.createCancel();
            sender.provider().getNewClientTransaction(cancel).sendRequest();
        } catch (Exception e) {
            LOG.fine(() -> "could not CANCEL: " + e);
        }
    }

    void bye(Dialog dialog) {
        if (dialog == null) {
            return;
        }
        try {
            sender.sendInDialog(dialog, dialog.createRequest(Request.BYE), event -> { });
        } catch (Exception e) {
            LOG.fine(() -> "could not send BYE: " + e);
        }
    }
}
