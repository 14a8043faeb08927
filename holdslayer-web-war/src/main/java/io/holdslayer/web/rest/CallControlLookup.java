package io.holdslayer.web.rest;

import io.holdslayer.api.call.CallControl;
import io.holdslayer.api.call.CallControlException;
import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Finds the SIP application's {@link CallControl} when a request needs it, so that the web tier deploys (and
 * answers 503) without the SIP application, e.g. in the in-container tests.
 */
@ApplicationScoped
public class CallControlLookup {

    private volatile CallControl calls;

    CallControl calls() throws CallControlException {
        CallControl found = calls;
        if (found == null) {
            try {
                found = InitialContext.doLookup(CallControl.JNDI_NAME);
                calls = found;
            } catch (NamingException e) {
                throw new CallControlException(CallControlException.Reason.UNAVAILABLE,
                        "the SIP application is not deployed");
            }
        }
        return found;
    }
}
