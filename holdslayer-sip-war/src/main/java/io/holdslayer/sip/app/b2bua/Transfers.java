package io.holdslayer.sip.app.b2bua;

import io.holdslayer.api.event.JsonPayloads;
import io.holdslayer.api.call.CallControlException;
import io.holdslayer.api.call.CallStatus;
import io.holdslayer.api.event.EventType;
import io.holdslayer.api.media.LegRole;
import io.holdslayer.sip.app.config.SipAppSettings;
import io.holdslayer.sip.app.media.MediaPlane;
import io.holdslayer.sip.app.registrar.ContactBindings;
import io.holdslayer.sip.app.registrar.LocationService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.resource.ResourceException;

import javax.sip.message.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Transfer to the user's device: one INVITE per registered contact, all in parallel with the same offer. The
 * first 2xx wins and is bridged to the company leg through the media plane; the other contacts get CANCEL
 * (or BYE if they answered too). A device leg already bridged is replaced (unbridged, then BYE). If every
 * contact declines or none answers in time, the company leg stays up, the call returns to CONNECTED and
 * TRANSFER_COMPLETE reports the failure. A call from the company ({@link IncomingCalls}) rings the device the
 * same way; there the device's answer also answers the company, and no answer ends the call.
 */
@ApplicationScoped
public class Transfers {

    @Inject
    CallEvents events;

    @Inject
    Teardown teardown;

    @Inject
    B2bua b2bua;

    @Inject
    Requests requests;

    @Inject
    MediaPlane media;

    @Inject
    LocationService location;

    @Inject
    CallRegistry registry;

    @Inject
    SipAppSettings settings;

    @Inject
    IncomingCalls incoming;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Call under its monitor. */
    void start(Call call, String device) throws CallControlException {
        Leg company = call.companyLeg();
        if (company == null || !company.isConfirmed() || call.ended()) {
            throw new CallControlException(CallControlException.Reason.CONFLICT,
                    "the company has not answered (call is " + call.status + ")");
        }
        ring(call, device);
        call.status = CallStatus.TRANSFERRING;
    }

    /**
     * The company called us: ring the device the same way; its answer answers the company (call under its
     * monitor).
     */
    void ringIncoming(Call call, String device) throws CallControlException {
        ring(call, device);
    }

    private void ring(Call call, String device) throws CallControlException {
        if (!call.fork.isEmpty()) {
            throw new CallControlException(CallControlException.Reason.CONFLICT, "a transfer is already ringing");
        }
        List<ContactBindings.Binding> contacts = location.contacts(device);
        if (contacts.isEmpty()) {
            throw new CallControlException(CallControlException.Reason.NOT_FOUND,
                    "device '" + device + "' has no registered contact");
        }
        try {
            call.forkMediaLegId = media.openLeg(call.id, LegRole.DEVICE);
            String offer = media.createOffer(call.forkMediaLegId);
            List<UacLeg> sent = new ArrayList<>();
            for (ContactBindings.Binding contact : contacts) {
                Request invite = requests.inviteToContact(contact.contactUri(), device, call.number, offer);
                UacLeg leg = new UacLeg(call, LegRole.DEVICE, io.holdslayer.sip.app.trunk.Trunk.callIdOf(invite),
                        device);
                leg.invite = invite;
                leg.mediaLegId = call.forkMediaLegId;
                call.fork.add(leg);
                registry.add(leg);
                if (b2bua.sendInvite(leg)) {
                    sent.add(leg);
                } else {
                    leg.state = LegState.TERMINATED;
                    call.fork.remove(leg);
                }
            }
            if (sent.isEmpty()) {
                throw new ResourceException("no INVITE to the device could be sent");
            }
        } catch (ResourceException e) {
            media.closeLeg(call.forkMediaLegId);
            call.forkMediaLegId = null;
            throw new CallControlException(CallControlException.Reason.UNAVAILABLE, e.getMessage());
        } catch (Exception e) {
            media.closeLeg(call.forkMediaLegId);
            call.forkMediaLegId = null;
            throw new CallControlException(CallControlException.Reason.UNAVAILABLE, "transfer failed: " + e);
        }
        call.deviceRingingAnnounced = false;
        long timeout = settings.ringTimeout().toSeconds();
        call.forkTimer = scheduler.schedule(() -> ringTimeout(call, device), timeout, TimeUnit.SECONDS);
        events.publish(EventType.TRANSFER_STARTED, call, JsonPayloads.builder().add("device", device)
                .add("contacts", call.fork.size()));
    }

    void forkRinging(UacLeg leg) {
        Call call = leg.call;
        if (!call.deviceRingingAnnounced && call.fork.contains(leg)) {
            call.deviceRingingAnnounced = true;
            events.publish(EventType.DEVICE_RINGING, call, JsonPayloads.builder().add("device", leg.target));
            if (call.incoming()) {
                incoming.ringing(call);
            }
        }
    }

    void forkAnswered(UacLeg leg) {
        Call call = leg.call;
        if (!call.fork.contains(leg)) {
            leg.state = LegState.TERMINATED;
            teardown.bye(leg.dialog);
            return;
        }
        call.fork.remove(leg);
        for (UacLeg other : call.fork) {
            teardown.terminate(other);
        }
        call.fork.clear();
        if (call.forkTimer != null) {
            call.forkTimer.cancel(false);
        }
        UacLeg previous = call.deviceLeg;
        call.deviceLeg = leg;
        call.forkMediaLegId = null;
        call.deviceName = leg.target;
        try {
            if (call.incoming()) {
                incoming.answer(call);
            }
            media.bridge(call.companyLeg().mediaLegId, leg.mediaLegId);
        } catch (Exception e) {
            teardown.end(call, "could not bridge the device: " + e.getMessage(), null, false, 0);
            return;
        }
        if (previous != null) {
            teardown.terminate(previous);
            media.closeLeg(previous.mediaLegId);
        }
        if (call.ended()) {
            return;
        }
        call.status = CallStatus.BRIDGED;
        events.publish(EventType.TRANSFER_COMPLETE, call, JsonPayloads.builder().add("device", leg.target)
                .add("success", true));
    }

    void forkFailed(UacLeg leg, String why) {
        Call call = leg.call;
        if (call.fork.remove(leg) && call.fork.isEmpty() && !call.ended()) {
            failed(call, leg.target, "device declined or could not be reached (" + why + ")");
        }
    }

    private void ringTimeout(Call call, String device) {
        synchronized (call) {
            if (call.fork.isEmpty() || call.ended()) {
                return;
            }
            for (UacLeg leg : call.fork) {
                teardown.terminate(leg);
            }
            call.fork.clear();
            failed(call, device, "device did not answer within " + settings.ringTimeout().toSeconds() + " s");
        }
    }

    private void failed(Call call, String device, String why) {
        if (call.forkTimer != null) {
            call.forkTimer.cancel(false);
        }
        media.closeLeg(call.forkMediaLegId);
        call.forkMediaLegId = null;
        if (call.incoming() && call.deviceLeg == null) {
            report(call, device, false, why);
            incoming.unanswered(call, why);
            return;
        }
        call.status = call.deviceLeg != null ? CallStatus.BRIDGED : CallStatus.CONNECTED;
        report(call, device, false, why);
    }

    void report(Call call, String device, boolean success, String why) {
        events.publish(EventType.TRANSFER_COMPLETE, call, JsonPayloads.builder().add("device", device)
                .add("success", success).add("reason", why == null ? "" : why));
    }
}
