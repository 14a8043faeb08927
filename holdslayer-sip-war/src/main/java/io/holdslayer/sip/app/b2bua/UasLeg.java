package io.holdslayer.sip.app.b2bua;

import io.holdslayer.api.media.LegRole;

import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;

/** An INVITE we received (a device calling out through the trunk) and must answer. */
public final class UasLeg extends Leg {

    final RequestEvent inviteEvent;
    final ServerTransaction transaction;
    final String localTag;
    /** Our SDP answer to the caller's offer, sent with 183 and 200. */
    String answerSdp;

    UasLeg(Call call, LegRole role, String sipCallId, RequestEvent inviteEvent, ServerTransaction transaction,
           String localTag) {
        super(call, role, sipCallId);
        this.inviteEvent = inviteEvent;
        this.transaction = transaction;
        this.localTag = localTag;
    }
}
