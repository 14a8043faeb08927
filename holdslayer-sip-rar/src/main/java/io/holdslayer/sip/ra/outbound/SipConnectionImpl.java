package io.holdslayer.sip.ra.outbound;

import io.holdslayer.api.connector.ConnectorStatus;
import io.holdslayer.api.sip.SipConnection;

/** The application's handle; closing it returns the managed connection to the pool. */
class SipConnectionImpl implements SipConnection {

    private SipManagedConnection managed;

    SipConnectionImpl(SipManagedConnection managed) {
        this.managed = managed;
    }

    void associate(SipManagedConnection managed) {
        this.managed = managed;
    }

    @Override
    public ConnectorStatus status() {
        return live().adapterStatus();
    }

    @Override
    public void close() {
        SipManagedConnection current = managed;
        if (current != null) {
            managed = null;
            current.handleClosed(this);
        }
    }

    private SipManagedConnection live() {
        SipManagedConnection current = managed;
        if (current == null) {
            throw new IllegalStateException("the sip connection is closed");
        }
        return current;
    }
}
