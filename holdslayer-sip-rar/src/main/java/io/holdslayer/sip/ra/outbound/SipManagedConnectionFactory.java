package io.holdslayer.sip.ra.outbound;

import io.holdslayer.api.connector.jca.AdapterManagedConnectionFactory;
import io.holdslayer.api.sip.SipConnection;
import io.holdslayer.api.sip.SipConnectionFactory;
import io.holdslayer.sip.ra.SipResourceAdapter;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;

import javax.security.auth.Subject;

@ConnectionDefinition(connectionFactory = SipConnectionFactory.class,
        connectionFactoryImpl = SipConnectionFactoryImpl.class,
        connection = SipConnection.class,
        connectionImpl = SipConnectionImpl.class)
public class SipManagedConnectionFactory extends AdapterManagedConnectionFactory<SipResourceAdapter> {

    private static final long serialVersionUID = 1L;

    public SipManagedConnectionFactory() {
        super(SipResourceAdapter.class);
    }

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) {
        return new SipConnectionFactoryImpl(this, connectionManager);
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
        return new SipManagedConnection(adapter());
    }
}
