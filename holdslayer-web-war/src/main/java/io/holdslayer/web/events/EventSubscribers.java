package io.holdslayer.web.events;

import io.holdslayer.api.event.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open WebSocket sessions and what each one asked to see. Publishing an event (remember it, then send it)
 * and a session joining (send it the backlog, then subscribe it) exclude each other, so a client that joins
 * with {@code since} gets every later event exactly once: from the backlog or live, never both, never neither.
 */
@ApplicationScoped
public class EventSubscribers {

    private final Map<Session, Subscriber> subscribers = new ConcurrentHashMap<>();

    @Inject
    private RecentEvents recent;

    /** @param since replay the remembered events after this id first, or {@code null} for live events only */
    public synchronized void join(Session session, Set<EventType> types, Long since) {
        Subscriber subscriber = new Subscriber(session, types);
        if (since != null) {
            for (String json : recent.after(since, types, RecentEvents.CAPACITY)) {
                if (!subscriber.offer(json)) {
                    return;
                }
            }
        }
        subscribers.put(session, subscriber);
    }

    public void leave(Session session) {
        subscribers.remove(session);
    }

    public void ponged(Session session) {
        Subscriber subscriber = subscribers.get(session);
        if (subscriber != null) {
            subscriber.ponged();
        }
    }

    /** Pings every client, and drops those that stopped answering for {@code silence}. */
    public void heartbeat(Duration silence) {
        subscribers.forEach((session, subscriber) -> {
            if (!subscriber.heartbeat(silence)) {
                subscribers.remove(session);
            }
        });
    }

    /** Remembers the event and queues it for every subscriber whose filter accepts it. */
    public synchronized void publish(long id, EventType type, String json) {
        recent.add(id, type, json);
        subscribers.forEach((session, subscriber) -> {
            if (subscriber.wants(type) && !subscriber.offer(json)) {
                subscribers.remove(session);
            }
        });
    }
}
