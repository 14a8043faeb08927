package io.holdslayer.sip.app.calls;

import io.holdslayer.api.call.CallControl;
import io.holdslayer.api.call.CallControlException;
import io.holdslayer.api.call.CallControlException.Reason;
import io.holdslayer.api.call.CallMode;
import io.holdslayer.api.call.CallSnapshot;
import io.holdslayer.api.call.TrunkStatus;
import io.holdslayer.sip.app.b2bua.B2bua;
import io.holdslayer.sip.app.b2bua.CallOperations;
import io.holdslayer.sip.app.b2bua.DtmfRelay;
import io.holdslayer.sip.app.config.SipAppSettings;
import io.holdslayer.sip.app.registrar.DeviceAccounts;
import io.holdslayer.sip.app.trunk.Trunk;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.resource.ResourceException;

import java.util.List;

/** The SIP plane's call control for the REST API and the call manager. */
@Stateless(name = CallControl.BEAN_NAME)
@Local(CallControl.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SipCallControl implements CallControl {

    @Inject
    B2bua b2bua;

    @Inject
    CallOperations operations;

    @Inject
    Trunk trunk;

    @Inject
    DeviceAccounts devices;

    @Inject
    SipAppSettings settings;

    @Override
    public String place(String callId, String number, CallMode mode, String device) throws CallControlException {
        if (callId == null || callId.isBlank() || callId.length() > 64) {
            throw new CallControlException(Reason.INVALID, "a call id of 1-64 characters is required");
        }
        String canonical = policy().check(number);
        if (device != null && devices.ha1(device).isEmpty()) {
            throw new CallControlException(Reason.NOT_FOUND, "no device account '" + device + "'");
        }
        if (!trunk.configured()) {
            throw new CallControlException(Reason.UNAVAILABLE, "no trunk configured (holdslayer.trunk.host)");
        }
        try {
            return b2bua.place(callId, canonical, mode == CallMode.DIRECT ? device : null).id();
        } catch (ResourceException e) {
            throw new CallControlException(Reason.UNAVAILABLE, "the call could not be placed: " + e.getMessage());
        }
    }

    DialPolicy policy() {
        return new DialPolicy(trunk.settings().allowedNumbers(), settings.dialDeny());
    }

    @Override
    public void hangUp(String callId) throws CallControlException {
        operations.hangUp(callId);
    }

    @Override
    public void fail(String callId, String reason) throws CallControlException {
        operations.fail(callId, reason == null || reason.isBlank() ? "failed" : reason);
    }

    @Override
    public void sendDtmf(String callId, String digits) throws CallControlException {
        if (!DtmfRelay.validDigits(digits)) {
            throw new CallControlException(Reason.INVALID, "digits must be 1-64 of 0-9 * # A-D, got '" + digits + "'");
        }
        operations.sendDtmf(callId, digits.toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public void transfer(String callId, String device) throws CallControlException {
        if (device == null || device.isBlank()) {
            throw new CallControlException(Reason.INVALID, "device is required");
        }
        operations.transfer(callId, device);
    }

    @Override
    public void playToCompany(String callId, String wavFile) throws CallControlException {
        operations.playToCompany(callId, wavFile);
    }

    @Override
    public void stopPlayingToCompany(String callId) throws CallControlException {
        operations.stopPlayingToCompany(callId);
    }

    @Override
    public CallSnapshot snapshot(String callId) throws CallControlException {
        return operations.snapshot(callId);
    }

    @Override
    public List<CallSnapshot> activeCalls() {
        return operations.active();
    }

    @Override
    public TrunkStatus trunkStatus() {
        return trunk.status();
    }
}
