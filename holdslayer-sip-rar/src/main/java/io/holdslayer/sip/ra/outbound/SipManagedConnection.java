package io.holdslayer.sip.ra.outbound;

import io.holdslayer.api.connector.ConnectorStatus;
import io.holdslayer.api.connector.jca.ConnectionHandle;
import io.holdslayer.api.connector.jca.PooledManagedConnection;
import io.holdslayer.sip.ra.SipResourceAdapter;

/** A pooled connection to the SIP engine, which the adapter owns. */
class SipManagedConnection extends PooledManagedConnection {

    private final SipResourceAdapter adapter;

    SipManagedConnection(SipResourceAdapter adapter) {
        super("Hold Slayer SIP connector");
        this.adapter = adapter;
    }

    ConnectorStatus adapterStatus() {
        return adapter == null ? new ConnectorStatus(false, "no resource adapter associated") : adapter.status();
    }

    @Override
    protected ConnectionHandle newHandle() {
        return new SipConnectionImpl(this);
    }
}
