package io.holdslayer.web.events;

import io.holdslayer.api.event.EventType;
import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Set;

/**
 * One WebSocket client: what it asked to see, and the frames waiting for it. Frames go out asynchronously, one
 * at a time and in order, so that a slow client delays only itself; one that falls more than
 * {@value #MAX_QUEUED} frames behind is closed with 1008 rather than holding memory for it.
 */
final class Subscriber {

    static final int MAX_QUEUED = 2000;

    private final Session session;
    private final Set<EventType> types;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private boolean sending;
    private boolean closed;
    private long lastPong = System.nanoTime();

    Subscriber(Session session, Set<EventType> types) {
        this.session = session;
        this.types = types;
    }

    synchronized void ponged() {
        lastPong = System.nanoTime();
    }

    /**
     * Pings the client; returns false (and closes the session) when it has not answered a ping for
     * {@code silence}: a client that is gone without closing must not keep its place.
     */
    synchronized boolean heartbeat(Duration silence) {
        if (closed) {
            return false;
        }
        if (System.nanoTime() - lastPong > silence.toNanos()) {
            close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "no answer to pings for " + silence.toSeconds()
                    + " s"));
            return false;
        }
        try {
            session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
            return true;
        } catch (IOException | IllegalStateException e) {
            close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "ping failed"));
            return false;
        }
    }

    boolean wants(EventType type) {
        return EventFilter.accepts(types, type);
    }

    /** Queues a frame; returns false (and closes the session) when the client is too far behind or gone. */
    synchronized boolean offer(String json) {
        if (closed) {
            return false;
        }
        if (queue.size() >= MAX_QUEUED) {
            close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "too slow: more than " + MAX_QUEUED
                    + " events waiting"));
            return false;
        }
        queue.addLast(json);
        if (!sending) {
            sendNext();
        }
        return true;
    }

    private synchronized void sendNext() {
        String next = queue.pollFirst();
        sending = next != null && !closed;
        if (!sending) {
            return;
        }
        try {
            session.getAsyncRemote().sendText(next, this::sent);
        } catch (IllegalStateException gone) {
            close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "delivery failed"));
        }
    }

    private void sent(SendResult result) {
        if (result.isOK()) {
            sendNext();
        } else {
            close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "delivery failed"));
        }
    }

    private synchronized void close(CloseReason reason) {
        if (closed) {
            return;
        }
        closed = true;
        sending = false;
        queue.clear();
        try {
            session.close(reason);
        } catch (IOException | IllegalStateException ignored) {
            // already gone
        }
    }
}
