package io.holdslayer.media.ra.outbound;

import io.holdslayer.api.connector.jca.PoolBackedConnectionFactory;
import io.holdslayer.api.media.MediaConnection;
import io.holdslayer.api.media.MediaConnectionFactory;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;

public class MediaConnectionFactoryImpl extends PoolBackedConnectionFactory implements MediaConnectionFactory {

    private static final long serialVersionUID = 1L;

    MediaConnectionFactoryImpl(MediaManagedConnectionFactory managedFactory, ConnectionManager connectionManager) {
        super(managedFactory, connectionManager);
    }

    @Override
    public MediaConnection getConnection() throws ResourceException {
        return (MediaConnection) allocate();
    }
}
