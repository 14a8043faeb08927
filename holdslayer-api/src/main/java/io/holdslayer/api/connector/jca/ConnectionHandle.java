package io.holdslayer.api.connector.jca;

/**
 * The application's handle on a pooled connection. Closing it gives the managed connection back to the pool;
 * using it after that is an error, and the server may move it to another managed connection meanwhile.
 */
public abstract class ConnectionHandle implements AutoCloseable {

    private volatile PooledManagedConnection owner;

    protected ConnectionHandle(PooledManagedConnection owner) {
        this.owner = owner;
    }

    final void associate(PooledManagedConnection newOwner) {
        this.owner = newOwner;
    }

    /** @throws IllegalStateException once the handle is closed */
    protected PooledManagedConnection owner() {
        PooledManagedConnection current = owner;
        if (current == null) {
            throw new IllegalStateException("the connection is closed");
        }
        return current;
    }

    @Override
    public void close() {
        PooledManagedConnection current = owner;
        if (current != null) {
            owner = null;
            current.handleClosed(this);
        }
    }
}
