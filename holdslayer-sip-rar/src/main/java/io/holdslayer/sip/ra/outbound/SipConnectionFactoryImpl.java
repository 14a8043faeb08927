package io.holdslayer.sip.ra.outbound;

import io.holdslayer.api.connector.jca.PoolBackedConnectionFactory;
import io.holdslayer.api.sip.SipConnection;
import io.holdslayer.api.sip.SipConnectionFactory;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;

public class SipConnectionFactoryImpl extends PoolBackedConnectionFactory implements SipConnectionFactory {

    private static final long serialVersionUID = 1L;

    SipConnectionFactoryImpl(SipManagedConnectionFactory managedFactory, ConnectionManager connectionManager) {
        super(managedFactory, connectionManager);
    }

    @Override
    public SipConnection getConnection() throws ResourceException {
        return (SipConnection) allocate();
    }
}
