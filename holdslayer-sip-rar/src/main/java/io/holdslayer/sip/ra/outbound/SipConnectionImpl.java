package io.holdslayer.sip.ra.outbound;

import io.holdslayer.api.connector.ConnectorStatus;
import io.holdslayer.api.connector.jca.ConnectionHandle;
import io.holdslayer.api.sip.SipConnection;

/** The application's handle on the SIP connector. */
class SipConnectionImpl extends ConnectionHandle implements SipConnection {

    SipConnectionImpl(SipManagedConnection managed) {
        super(managed);
    }

    @Override
    public ConnectorStatus status() {
        return ((SipManagedConnection) owner()).adapterStatus();
    }
}
