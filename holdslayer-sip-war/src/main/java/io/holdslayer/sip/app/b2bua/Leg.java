package io.holdslayer.sip.app.b2bua;

import io.holdslayer.api.media.LegRole;

import javax.sip.Dialog;
import java.util.concurrent.ScheduledFuture;

/**
 * One SIP dialog of a call and its media leg. {@link UacLeg}s are INVITEs we send (to the trunk, to a device
 * contact), {@link UasLeg}s INVITEs we receive.
 */
public abstract class Leg {

    final Call call;
    final LegRole role;
    final String sipCallId;
    String mediaLegId;
    Dialog dialog;
    LegState state = LegState.CALLING;
    /** When set, the ACK of our 2xx carries the peer's answer to our offer (a re-INVITE without SDP). */
    boolean awaitingAckAnswer;
    ScheduledFuture<?> sessionTimer;
    int sessionInterval;
    /** Whether we refresh the session (refresher is us), else the peer does. */
    boolean weRefresh;

    Leg(Call call, LegRole role, String sipCallId) {
        this.call = call;
        this.role = role;
        this.sipCallId = sipCallId;
    }

    boolean isConfirmed() {
        return state == LegState.CONFIRMED;
    }

    boolean isTerminated() {
        return state == LegState.TERMINATED;
    }

    void cancelSessionTimer() {
        if (sessionTimer != null) {
            sessionTimer.cancel(false);
            sessionTimer = null;
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + role + " " + sipCallId + " " + state + "]";
    }
}
