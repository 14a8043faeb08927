package io.holdslayer.application.health;

import io.holdslayer.api.connector.ConnectorStatus;
import io.holdslayer.api.sip.SipConnection;
import io.holdslayer.api.sip.SipConnectionFactory;
import io.holdslayer.api.sip.SipConnectorNames;
import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.InitialContext;

/** Takes a connection from the SIP connector's pool and asks the adapter for its status. */
@ApplicationScoped
public class SipConnectorCheck implements ComponentCheck {

    @Override
    public ComponentHealth check() {
        try {
            SipConnectionFactory factory = InitialContext.doLookup(SipConnectorNames.CONNECTION_FACTORY);
            try (SipConnection connection = factory.getConnection()) {
                ConnectorStatus status = connection.status();
                return new ComponentHealth("sip", status.up(), status.detail());
            }
        } catch (Exception e) {
            return ComponentHealth.down("sip", "SIP connector unavailable: " + e);
        }
    }
}
