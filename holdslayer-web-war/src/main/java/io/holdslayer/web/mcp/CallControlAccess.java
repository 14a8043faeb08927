package io.holdslayer.web.mcp;

import io.holdslayer.api.call.CallControl;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Optional;

/**
 * Finds the SIP application's {@link CallControl} when a tool needs it. The SDK runs tools on its own threads,
 * so this is handed to it as a contextual proxy that carries the web module's naming context.
 */
public interface CallControlAccess {

    /** Empty when the SIP application is not deployed. */
    Optional<CallControl> callControl();

    /** The JNDI lookup itself. */
    final class Jndi implements CallControlAccess {
        @Override
        public Optional<CallControl> callControl() {
            try {
                return Optional.of(InitialContext.doLookup(CallControl.JNDI_NAME));
            } catch (NamingException e) {
                return Optional.empty();
            }
        }
    }
}
