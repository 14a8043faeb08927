package io.holdslayer.media.ra.outbound;

import io.holdslayer.api.connector.jca.AdapterManagedConnectionFactory;
import io.holdslayer.api.media.MediaConnection;
import io.holdslayer.api.media.MediaConnectionFactory;
import io.holdslayer.media.ra.MediaResourceAdapter;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;

import javax.security.auth.Subject;

@ConnectionDefinition(connectionFactory = MediaConnectionFactory.class,
        connectionFactoryImpl = MediaConnectionFactoryImpl.class,
        connection = MediaConnection.class,
        connectionImpl = MediaConnectionImpl.class)
public class MediaManagedConnectionFactory extends AdapterManagedConnectionFactory<MediaResourceAdapter> {

    private static final long serialVersionUID = 1L;

    public MediaManagedConnectionFactory() {
        super(MediaResourceAdapter.class);
    }

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) {
        return new MediaConnectionFactoryImpl(this, connectionManager);
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
        return new MediaManagedConnection(adapter());
    }
}
