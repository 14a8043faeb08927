package io.holdslayer.sip.app.b2bua;

import io.holdslayer.api.call.CallControlException;
import io.holdslayer.api.call.CallControlException.Reason;
import io.holdslayer.api.call.CallSnapshot;
import io.holdslayer.sip.app.media.MediaPlane;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.resource.ResourceException;

import java.util.Comparator;
import java.util.List;

/** What the call-control API may do to a running call, each step under the call's monitor. */
@ApplicationScoped
public class CallOperations {

    @Inject
    Teardown teardown;

    @Inject
    CallRegistry registry;

    @Inject
    Transfers transfers;

    @Inject
    Dtmf dtmf;

    @Inject
    MediaPlane media;

    public CallSnapshot snapshot(String callId) throws CallControlException {
        return find(callId).snapshot();
    }

    public List<CallSnapshot> active() {
        return registry.calls().stream().map(Call::snapshot)
                .sorted(Comparator.comparing(CallSnapshot::started).thenComparing(CallSnapshot::id)).toList();
    }

    public void hangUp(String callId) throws CallControlException {
        Call call = find(callId);
        synchronized (call) {
            teardown.end(call, "hung up through the API", null, false, 0);
        }
    }

    /** Ends the call on every leg as a failure: {@code CALL_FAILED} with the application's reason. */
    public void fail(String callId, String reason) throws CallControlException {
        Call call = find(callId);
        synchronized (call) {
            call.failedByApplication = true;
            teardown.end(call, reason, null, true, 0);
        }
    }

    public void sendDtmf(String callId, String digits) throws CallControlException {
        Call call = find(callId);
        synchronized (call) {
            Leg company = call.companyLeg();
            if (company == null || !company.isConfirmed()) {
                throw new CallControlException(Reason.CONFLICT, "the company has not answered (call is "
                        + call.status + ")");
            }
            try {
                dtmf.send(company, digits);
            } catch (ResourceException e) {
                throw new CallControlException(Reason.UNAVAILABLE, "DTMF could not be sent: " + e.getMessage());
            }
        }
    }

    public void transfer(String callId, String device) throws CallControlException {
        Call call = find(callId);
        synchronized (call) {
            transfers.start(call, device);
        }
    }

    public void playToCompany(String callId, String wavFile) throws CallControlException {
        Call call = find(callId);
        synchronized (call) {
            try {
                media.play(companyMediaLeg(call), wavFile, false);
            } catch (ResourceException e) {
                throw new CallControlException(Reason.UNAVAILABLE, "could not play " + wavFile + ": " + e.getMessage());
            }
        }
    }

    public void stopPlayingToCompany(String callId) throws CallControlException {
        Call call = find(callId);
        synchronized (call) {
            try {
                media.stopPlaying(companyMediaLeg(call));
            } catch (ResourceException e) {
                throw new CallControlException(Reason.UNAVAILABLE, "could not stop playing: " + e.getMessage());
            }
        }
    }

    private static String companyMediaLeg(Call call) throws CallControlException {
        Leg company = call.companyLeg();
        if (company == null || company.mediaLegId == null || !company.isConfirmed()) {
            throw new CallControlException(Reason.CONFLICT, "the company has not answered (call is " + call.status + ")");
        }
        return company.mediaLegId;
    }

    public int activeCalls() {
        return registry.active();
    }

    public int peakCalls() {
        return registry.peak();
    }

    private Call find(String callId) throws CallControlException {
        return registry.call(callId).orElseThrow(() ->
                new CallControlException(Reason.NOT_FOUND, "no active call " + callId));
    }
}
