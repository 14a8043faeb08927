package io.holdslayer.web.events;

import io.holdslayer.api.event.EventType;
import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

import java.io.IOException;
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

    Subscriber(Session session, Set<EventType> types) {
        this.session = session;
        this.types = types;
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
