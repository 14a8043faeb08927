package io.holdslayer.media.ra.outbound;

import io.holdslayer.api.connector.ConnectorStatus;
import io.holdslayer.api.connector.jca.ConnectionHandle;
import io.holdslayer.api.media.MediaConnection;

/** The application's handle on the media connector. */
class MediaConnectionImpl extends ConnectionHandle implements MediaConnection {

    MediaConnectionImpl(MediaManagedConnection managed) {
        super(managed);
    }

    @Override
    public ConnectorStatus status() {
        return ((MediaManagedConnection) owner()).adapterStatus();
    }
}
