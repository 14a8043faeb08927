package io.holdslayer.api.connector.jca;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;

import javax.security.auth.Subject;
import java.io.PrintWriter;
import java.util.Set;

/**
 * A managed connection factory whose connections all lead to the one engine of its resource adapter, so any
 * pooled connection matches any request. Runs only inside the application server.
 *
 * @param <A> the resource adapter type
 */
public abstract class AdapterManagedConnectionFactory<A extends ResourceAdapter>
        implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    private final Class<A> adapterType;
    private transient A adapter;
    private transient PrintWriter logWriter;

    protected AdapterManagedConnectionFactory(Class<A> adapterType) {
        this.adapterType = adapterType;
    }

    protected A adapter() {
        return adapter;
    }

    @Override
    public Object createConnectionFactory() throws ResourceException {
        throw new ResourceException(getClass().getSimpleName() + " runs only inside the application server");
    }

    @Override
    public ManagedConnection matchManagedConnections(Set connections, Subject subject, ConnectionRequestInfo info) {
        for (Object candidate : connections) {
            if (candidate instanceof PooledManagedConnection managed) {
                return managed;
            }
        }
        return null;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return adapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) {
        this.adapter = adapterType.cast(adapter);
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
