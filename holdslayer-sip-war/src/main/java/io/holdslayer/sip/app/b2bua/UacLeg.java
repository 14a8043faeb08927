package io.holdslayer.sip.app.b2bua;

import io.holdslayer.api.media.LegRole;

import javax.sip.ClientTransaction;
import javax.sip.message.Request;

/** An INVITE we send: to the trunk (the company leg) or to one contact of a device. */
public final class UacLeg extends Leg {

    Request invite;
    ClientTransaction transaction;
    boolean authTried;
    /** Hang-up requested before any provisional response: CANCEL as soon as one arrives. */
    boolean cancelPending;
    boolean provisionalSeen;
    /** For device forks: the device contact this INVITE rings. */
    final String target;

    UacLeg(Call call, LegRole role, String sipCallId, String target) {
        super(call, role, sipCallId);
        this.target = target;
    }
}
