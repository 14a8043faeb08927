package io.holdslayer.api.connector.jca;

import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PooledManagedConnectionTest {

    static final class Handle extends ConnectionHandle {
        Handle(PooledManagedConnection owner) {
            super(owner);
        }

        PooledManagedConnection use() {
            return owner();
        }
    }

    static final class Managed extends PooledManagedConnection {
        Managed() {
            super("test connector");
        }

        @Override
        protected ConnectionHandle newHandle() {
            return new Handle(this);
        }
    }

    static final class Closures implements ConnectionEventListener {
        final List<Object> closed = new ArrayList<>();

        @Override
        public void connectionClosed(ConnectionEvent event) {
            closed.add(event.getConnectionHandle());
        }

        @Override
        public void localTransactionStarted(ConnectionEvent event) {
        }

        @Override
        public void localTransactionCommitted(ConnectionEvent event) {
        }

        @Override
        public void localTransactionRolledback(ConnectionEvent event) {
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
        }
    }

    @Test
    void closingAHandleTellsThePoolOnceAndDisablesTheHandle() {
        Managed managed = new Managed();
        Closures pool = new Closures();
        managed.addConnectionEventListener(pool);
        Handle handle = (Handle) managed.getConnection(null, null);

        assertSame(managed, handle.use());
        handle.close();
        handle.close();

        assertEquals(List.of(handle), pool.closed);
        assertEquals("the connection is closed", assertThrows(IllegalStateException.class, handle::use).getMessage());
    }

    @Test
    void theServerMayMoveAHandleToAnotherManagedConnection() {
        Managed first = new Managed();
        Managed second = new Managed();
        Handle handle = (Handle) first.getConnection(null, null);

        second.associateConnection(handle);

        assertSame(second, handle.use());
    }

    @Test
    void cleanupDetachesEveryHandle() {
        Managed managed = new Managed();
        Handle handle = (Handle) managed.getConnection(null, null);

        managed.cleanup();

        assertThrows(IllegalStateException.class, handle::use);
    }

    @Test
    void theConnectorIsNotTransactional() throws Exception {
        Managed managed = new Managed();

        assertThrows(NotSupportedException.class, managed::getXAResource);
        assertThrows(NotSupportedException.class, managed::getLocalTransaction);
        assertEquals("test connector", managed.getMetaData().getEISProductName());
    }
}
