package io.holdslayer.web.events;

import io.holdslayer.api.event.EventType;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /ws/events[?types=A,B][&since=<id>]}: every event as a JSON text frame, as it happens; with
 * {@code since}, the remembered events after that id first. The bearer token is checked before the upgrade by
 * {@link io.holdslayer.web.security.BearerTokenFilter}. Bad parameters close the socket with code 1003 and a
 * reason saying what was wrong. The server pings every client every {@code holdslayer.ws.heartbeat-seconds}
 * (browsers answer by themselves) and closes one that has not answered for three periods.
 */
@ServerEndpoint(EventSocket.PATH)
public class EventSocket {

    public static final String PATH = "/ws/events";

    @Inject
    private EventSubscribers subscribers;

    @OnOpen
    public void open(Session session) throws IOException {
        Map<String, List<String>> parameters = session.getRequestParameterMap();
        try {
            Set<EventType> types = EventFilter.parseTypes(first(parameters, "types"));
            String since = first(parameters, "since");
            subscribers.join(session, types, since == null || since.isBlank() ? null : parseSince(since));
        } catch (IllegalArgumentException e) {
            String reason = e.getMessage().length() > 120 ? e.getMessage().substring(0, 120) : e.getMessage();
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, reason));
        }
    }

    @OnMessage
    public void pong(PongMessage pong, Session session) {
        subscribers.ponged(session);
    }

    @OnClose
    public void close(Session session) {
        subscribers.leave(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        subscribers.leave(session);
    }

    private static long parseSince(String since) {
        try {
            return Long.parseLong(since.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("since must be a whole number, got '" + since + "'");
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
