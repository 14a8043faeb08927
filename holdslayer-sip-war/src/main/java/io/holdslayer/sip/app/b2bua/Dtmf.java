package io.holdslayer.sip.app.b2bua;

import io.holdslayer.api.event.JsonPayloads;
import io.holdslayer.api.event.EventType;
import io.holdslayer.api.media.LegRole;
import io.holdslayer.sip.app.media.MediaPlane;
import io.holdslayer.sip.app.servlet.ResponseHandler;
import io.holdslayer.sip.app.servlet.SipSender;
import io.holdslayer.sip.app.trunk.Trunk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.resource.ResourceException;

import javax.sip.ResponseEvent;
import javax.sip.message.Request;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * DTMF towards a leg: RFC 4733 events through the media plane by default; towards a trunk configured with
 * {@code dtmf-mode=info}, one SIP INFO ({@code application/dtmf-relay}) per digit, each sent when the previous
 * one is answered so that the order holds. Digits a leg sends us by INFO go to the other side of the call.
 */
@ApplicationScoped
public class Dtmf {

    private static final Logger LOG = Logger.getLogger(Dtmf.class.getName());
    static final int DIGIT_MILLIS = 160;

    @Inject
    CallEvents events;

    @Inject
    SipSender sender;

    @Inject
    MediaPlane media;

    @Inject
    Trunk trunk;

    @Inject
    Requests requests;

    /** Call under the call's monitor. */
    void send(Leg leg, String digits) throws ResourceException {
        if (leg.role == LegRole.COMPANY && trunk.dtmfByInfo()) {
            sendInfo(leg, digits, 0);
        } else {
            media.sendDtmf(leg.mediaLegId, digits);
        }
        events.publish(EventType.IVR_DTMF_SENT, leg.call, JsonPayloads.builder().add("digits", digits)
                .add("method", leg.role == LegRole.COMPANY && trunk.dtmfByInfo() ? "info" : "rfc4733"));
    }

    void received(Leg from, String digit) {
        Call call = from.call;
        Leg company = call.companyLeg();
        Leg user = call.incoming() ? call.deviceLeg : call.caller != null ? call.caller : call.deviceLeg;
        Leg other = from == company ? user : company;
        LOG.fine(() -> "DTMF " + digit + " received by INFO on " + from);
        if (other != null && other.isConfirmed()) {
            try {
                send(other, digit);
            } catch (ResourceException e) {
                LOG.info(() -> "could not relay DTMF " + digit + ": " + e.getMessage());
            }
        }
    }

    private void sendInfo(Leg leg, String digits, int index) {
        if (index >= digits.length() || !leg.isConfirmed()) {
            return;
        }
        try {
            Request info = leg.dialog.createRequest(Request.INFO);
            info.setContent(DtmfRelay.body(digits.charAt(index), DIGIT_MILLIS).getBytes(StandardCharsets.US_ASCII),
                    sender.headers().createContentTypeHeader("application", "dtmf-relay"));
            sender.sendInDialog(leg.dialog, info, new ResponseHandler() {
                @Override
                public void onResponse(ResponseEvent event) {
                    if (event.getResponse().getStatusCode() >= 200) {
                        synchronized (leg.call) {
                            sendInfo(leg, digits, index + 1);
                        }
                    }
                }
            });
        } catch (Exception e) {
            LOG.info(() -> "could not send INFO DTMF: " + e);
        }
    }
}
