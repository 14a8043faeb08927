package io.holdslayer.api.media;

import io.holdslayer.api.connector.ConnectorStatus;

/** A handle on the media connector; close it when done. */
public interface MediaConnection extends AutoCloseable {

    ConnectorStatus status();

    @Override
    void close();
}
