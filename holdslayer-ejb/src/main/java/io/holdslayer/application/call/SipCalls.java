package io.holdslayer.application.call;

import io.holdslayer.api.call.CallControl;
import io.holdslayer.api.call.CallControlException;
import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The SIP application's {@link CallControl}, found when first needed: the SIP application is a separate module
 * of the EAR (and absent in the in-container tests), so it is looked up rather than injected.
 */
@ApplicationScoped
public class SipCalls {

    private volatile CallControl calls;

    public CallControl control() throws CallControlException {
        CallControl found = calls;
        if (found == null) {
            try {
                found = InitialContext.doLookup(CallControl.JNDI_NAME);
                calls = found;
            } catch (NamingException e) {
                throw new CallControlException(CallControlException.Reason.UNAVAILABLE, "the SIP application is not deployed");
            }
        }
        return found;
    }
}
