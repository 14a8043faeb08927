package io.holdslayer.tests.support;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** A dashboard-like client of {@code /ws/events}: every frame it receives, parsed. */
public final class WebSocketEvents extends ReceivedEvents implements AutoCloseable {

    private final WebSocket socket;

    private WebSocketEvents(Gateway gateway, String query) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + gateway.token())
                .buildAsync(gateway.webSocketUri("/ws/events" + query), new Frames())
                .orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** Connects and receives the live events from now on ({@code types} may be empty: all of them). */
    public static WebSocketEvents connect(Gateway gateway, String types) {
        return new WebSocketEvents(gateway, types.isEmpty() ? "" : "?types=" + types);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    private final class Frames implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                received(Gateway.json(text.toString()));
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
