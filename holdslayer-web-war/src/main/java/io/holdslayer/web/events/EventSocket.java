package io.holdslayer.web.events;

import io.holdslayer.api.event.EventType;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * {@code /ws/events[?types=A,B]}: every event as a JSON text frame, as it happens. The bearer token is
 * checked before the upgrade by {@link io.holdslayer.web.security.BearerTokenFilter}.
 */
@ServerEndpoint(EventSocket.PATH)
public class EventSocket {

    public static final String PATH = "/ws/events";

    @Inject
    private EventSubscribers subscribers;

    @OnOpen
    public void open(Session session) throws IOException {
        List<String> requested = session.getRequestParameterMap().get("types");
        try {
            Set<EventType> types = EventFilter.parseTypes(requested == null ? null : String.join(",", requested));
            subscribers.subscribe(session, types);
        } catch (IllegalArgumentException e) {
            String reason = e.getMessage().length() > 120 ? e.getMessage().substring(0, 120) : e.getMessage();
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, reason));
        }
    }

    @OnClose
    public void close(Session session) {
        subscribers.unsubscribe(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        subscribers.unsubscribe(session);
    }
}
