package io.holdslayer.media.ra.outbound;

import io.holdslayer.api.connector.ConnectorStatus;
import io.holdslayer.api.connector.jca.ConnectionHandle;
import io.holdslayer.api.connector.jca.PooledManagedConnection;
import io.holdslayer.media.engine.MediaEngine;
import io.holdslayer.media.ra.MediaResourceAdapter;
import jakarta.resource.ResourceException;

/** A pooled connection to the media engine, which the adapter owns. */
class MediaManagedConnection extends PooledManagedConnection {

    private final MediaResourceAdapter adapter;

    MediaManagedConnection(MediaResourceAdapter adapter) {
        super("Hold Slayer media connector");
        this.adapter = adapter;
    }

    ConnectorStatus adapterStatus() {
        return adapter == null ? new ConnectorStatus(false, "no resource adapter associated") : adapter.status();
    }

    MediaEngine engine() throws ResourceException {
        if (adapter == null) {
            throw new ResourceException("no resource adapter associated");
        }
        return adapter.engine();
    }

    @Override
    protected ConnectionHandle newHandle() {
        return new MediaConnectionImpl(this);
    }
}
