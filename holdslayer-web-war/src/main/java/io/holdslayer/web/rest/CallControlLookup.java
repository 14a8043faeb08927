package io.holdslayer.web.rest;

import io.holdslayer.api.call.CallControl;
import io.holdslayer.api.call.CallControlException;
import io.holdslayer.application.call.SipCalls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The SIP application's {@link CallControl} for the resources that steer calls directly (hang up, DTMF,
 * transfer, trunk status); the web tier deploys, and answers 503, without the SIP application.
 */
@ApplicationScoped
public class CallControlLookup {

    @Inject
    SipCalls sip;

    CallControl calls() throws CallControlException {
        return sip.control();
    }
}
