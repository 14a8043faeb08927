package io.holdslayer.api.connector.jca;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ManagedConnectionFactory;

import javax.naming.Reference;
import java.io.Serializable;

/** The object bound in JNDI: asks the server's pool for a managed connection and returns its handle. */
public abstract class PoolBackedConnectionFactory implements Serializable, jakarta.resource.Referenceable {

    private static final long serialVersionUID = 1L;

    private final transient ManagedConnectionFactory managedFactory;
    private final transient ConnectionManager connectionManager;
    private Reference reference;

    protected PoolBackedConnectionFactory(ManagedConnectionFactory managedFactory, ConnectionManager connectionManager) {
        this.managedFactory = managedFactory;
        this.connectionManager = connectionManager;
    }

    protected Object allocate() throws ResourceException {
        return connectionManager.allocateConnection(managedFactory, null);
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
