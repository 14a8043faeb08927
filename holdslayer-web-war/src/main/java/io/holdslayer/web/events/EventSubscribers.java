package io.holdslayer.web.events;

import io.holdslayer.api.event.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The open WebSocket sessions and what each one asked to see. */
@ApplicationScoped
public class EventSubscribers {

    private static final Logger LOG = Logger.getLogger(EventSubscribers.class.getName());

    private final Map<Session, Set<EventType>> sessions = new ConcurrentHashMap<>();

    public void subscribe(Session session, Set<EventType> types) {
        sessions.put(session, types);
    }

    public void unsubscribe(Session session) {
        sessions.remove(session);
    }

    public int count() {
        return sessions.size();
    }

    /** Sends the event to every session whose filter accepts it; a session that cannot take it is closed. */
    public void deliver(EventType type, String json) {
        sessions.forEach((session, types) -> {
            if (EventFilter.accepts(types, type)) {
                send(session, json);
            }
        });
    }

    private void send(Session session, String json) {
        synchronized (session) {
            try {
                session.getBasicRemote().sendText(json);
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "dropping WebSocket subscriber " + session.getId(), e);
                sessions.remove(session);
                closeQuietly(session);
            }
        }
    }

    private static void closeQuietly(Session session) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "delivery failed"));
        } catch (IOException | IllegalStateException ignored) {
            // already gone
        }
    }
}
