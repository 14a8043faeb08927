package io.holdslayer.sip.ra.outbound;

import io.holdslayer.api.sip.SipConnection;
import io.holdslayer.api.sip.SipConnectionFactory;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;

import javax.naming.Reference;

/** What the application finds in JNDI: asks the server's pool for a managed connection and returns its handle. */
public class SipConnectionFactoryImpl implements SipConnectionFactory {

    private static final long serialVersionUID = 1L;

    private final transient SipManagedConnectionFactory managedFactory;
    private final transient ConnectionManager connectionManager;
    private Reference reference;

    SipConnectionFactoryImpl(SipManagedConnectionFactory managedFactory, ConnectionManager connectionManager) {
        this.managedFactory = managedFactory;
        this.connectionManager = connectionManager;
    }

    @Override
    public SipConnection getConnection() throws ResourceException {
        return (SipConnection) connectionManager.allocateConnection(managedFactory, null);
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
