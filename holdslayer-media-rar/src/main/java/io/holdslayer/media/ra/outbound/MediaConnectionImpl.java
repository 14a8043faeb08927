package io.holdslayer.media.ra.outbound;

import io.holdslayer.api.connector.ConnectorStatus;
import io.holdslayer.api.media.MediaConnection;

/** The application's handle; closing it returns the managed connection to the pool. */
class MediaConnectionImpl implements MediaConnection {

    private MediaManagedConnection managed;

    MediaConnectionImpl(MediaManagedConnection managed) {
        this.managed = managed;
    }

    void associate(MediaManagedConnection managed) {
        this.managed = managed;
    }

    @Override
    public ConnectorStatus status() {
        return live().adapterStatus();
    }

    @Override
    public void close() {
        MediaManagedConnection current = managed;
        if (current != null) {
            managed = null;
            current.handleClosed(this);
        }
    }

    private MediaManagedConnection live() {
        MediaManagedConnection current = managed;
        if (current == null) {
            throw new IllegalStateException("the media connection is closed");
        }
        return current;
    }
}
