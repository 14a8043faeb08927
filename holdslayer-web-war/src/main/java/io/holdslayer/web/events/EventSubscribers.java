package io.holdslayer.web.events;

import io.holdslayer.api.event.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open WebSocket sessions and what each one asked to see. Publishing an event (remember it, then send it)
 * and a session joining (send it the backlog, then subscribe it) exclude each other, so a client that joins
 * with {@code since} gets every later event exactly once: from the backlog or live, never both, never neither.
 */
@ApplicationScoped
public class EventSubscribers {

    private static final Logger LOG = Logger.getLogger(EventSubscribers.class.getName());

    private final Map<Session, Set<EventType>> sessions = new ConcurrentHashMap<>();

    @Inject
    private RecentEvents recent;

    /** @param since replay the remembered events after this id first, or {@code null} for live events only */
    public synchronized void join(Session session, Set<EventType> types, Long since) {
        if (since != null) {
            for (String json : recent.after(since, types, RecentEvents.CAPACITY)) {
                if (!send(session, json)) {
                    return;
                }
            }
        }
        sessions.put(session, types);
    }

    public void leave(Session session) {
        sessions.remove(session);
    }

    /** Remembers the event and sends it to every session whose filter accepts it. */
    public synchronized void publish(long id, EventType type, String json) {
        recent.add(id, type, json);
        sessions.forEach((session, types) -> {
            if (EventFilter.accepts(types, type)) {
                send(session, json);
            }
        });
    }

    /** Sends one frame; a session that cannot take it is dropped and closed. */
    private boolean send(Session session, String json) {
        try {
            session.getBasicRemote().sendText(json);
            return true;
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "dropping WebSocket subscriber " + session.getId(), e);
            sessions.remove(session);
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "delivery failed"));
            } catch (IOException | IllegalStateException ignored) {
                // already gone
            }
            return false;
        }
    }
}
