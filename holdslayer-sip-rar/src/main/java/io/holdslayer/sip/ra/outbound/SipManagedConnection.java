package io.holdslayer.sip.ra.outbound;

import io.holdslayer.api.connector.ConnectorStatus;
import io.holdslayer.api.connector.jca.ConnectionHandle;
import io.holdslayer.api.connector.jca.PooledManagedConnection;
import io.holdslayer.sip.ra.SipResourceAdapter;
import io.holdslayer.sip.ra.jainsip.JainSipEngine;

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

    JainSipEngine engine() {
        if (adapter == null) {
            throw new IllegalStateException("no resource adapter associated");
        }
        return adapter.engine();
    }

    @Override
    protected ConnectionHandle newHandle() {
        return new SipConnectionImpl(this);
    }
}
