package io.holdslayer.tests.web;

import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.SharedGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(SharedGateway.class)
class EventWebSocketIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theHandshakeIsRefusedWithoutAToken(Gateway gateway) {
        CompletionException e = assertThrows(CompletionException.class, () -> http.newWebSocketBuilder()
                .buildAsync(gateway.webSocketUri("/ws/events"), new Frames()).join());

        WebSocketHandshakeException refused = assertInstanceOf(WebSocketHandshakeException.class, e.getCause());
        assertEquals(401, refused.getResponse().statusCode());
    }

    @Test
    void aLateJoinerReplaysTheHistoryInTheSameJsonAsRest(Gateway gateway) throws Exception {
        String rest = gateway.events("GATEWAY_STARTED").getJsonObject(0).toString();
        Frames frames = new Frames();

        WebSocket socket = http.newWebSocketBuilder()
                .header("Authorization", "Bearer " + gateway.token())
                .buildAsync(gateway.webSocketUri("/ws/events?since=0&types=GATEWAY_STARTED"), frames).join();

        assertEquals(rest, frames.next());
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test
    void browsersMayPassTheTokenAsAQueryParameterAndTheTypesFilterApplies(Gateway gateway) throws Exception {
        Frames frames = new Frames();

        WebSocket socket = http.newWebSocketBuilder()
                .buildAsync(gateway.webSocketUri("/ws/events?since=0&types=CALL_STARTED&access_token="
                        + gateway.token()), frames).join();

        assertNull(frames.poll(1500), "no CALL_STARTED has happened, so nothing may arrive");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test
    void anUnknownTypeClosesTheSocketWithAReason(Gateway gateway) throws Exception {
        Frames frames = new Frames();

        http.newWebSocketBuilder()
                .header("Authorization", "Bearer " + gateway.token())
                .buildAsync(gateway.webSocketUri("/ws/events?types=NOT_A_TYPE"), frames).join();

        assertEquals(1003, frames.closed.get(10, TimeUnit.SECONDS));
        assertTrue(frames.closeReason.startsWith("unknown event type 'NOT_A_TYPE'"), frames.closeReason);
    }

    @Test
    void theServerPingsAndAClientThatAnswersStaysConnected(Gateway gateway) throws Exception {
        Frames frames = new Frames();
        WebSocket socket = http.newWebSocketBuilder()
                .header("Authorization", "Bearer " + gateway.token())
                .buildAsync(gateway.webSocketUri("/ws/events?types=CALL_STARTED"), frames).join();

        Thread.sleep(4500);

        assertTrue(frames.pings.get() >= 3, "pings every second (shared gateway), got " + frames.pings.get());
        assertFalse(frames.closed.isDone(), "our pongs count as answers, so we are not dropped after 3 s");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    /** Collects text frames, pings (answered by the JDK) and the close code. */
    static final class Frames implements WebSocket.Listener {
        private final LinkedBlockingQueue<String> texts = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        final AtomicInteger pings = new AtomicInteger();
        volatile String closeReason = "";

        @Override
        public CompletionStage<?> onPing(WebSocket socket, ByteBuffer message) {
            pings.incrementAndGet();
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                texts.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closeReason = reason;
            closed.complete(statusCode);
            return null;
        }

        String next() throws InterruptedException {
            String text = texts.poll(10, TimeUnit.SECONDS);
            if (text == null) {
                throw new AssertionError("no frame within 10 s");
            }
            return text;
        }

        String poll(long millis) throws InterruptedException {
            return texts.poll(millis, TimeUnit.MILLISECONDS);
        }
    }
}
