package io.holdslayer.media.ra.outbound;

import io.holdslayer.api.media.MediaConnection;
import io.holdslayer.api.media.MediaConnectionFactory;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;

import javax.naming.Reference;

/** What the application finds in JNDI: asks the server's pool for a managed connection and returns its handle. */
public class MediaConnectionFactoryImpl implements MediaConnectionFactory {

    private static final long serialVersionUID = 1L;

    private final transient MediaManagedConnectionFactory managedFactory;
    private final transient ConnectionManager connectionManager;
    private Reference reference;

    MediaConnectionFactoryImpl(MediaManagedConnectionFactory managedFactory, ConnectionManager connectionManager) {
        this.managedFactory = managedFactory;
        this.connectionManager = connectionManager;
    }

    @Override
    public MediaConnection getConnection() throws ResourceException {
        return (MediaConnection) connectionManager.allocateConnection(managedFactory, null);
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
