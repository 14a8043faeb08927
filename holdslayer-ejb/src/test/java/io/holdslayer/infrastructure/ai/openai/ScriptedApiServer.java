package io.holdslayer.infrastructure.ai.openai;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback that plays an OpenAI-compatible API with scripted answers, one per request in
 * order, and records what it received. Without a scripted answer left it answers 500.
 */
final class ScriptedApiServer implements AutoCloseable {

    record Answer(int status, String contentType, byte[] body, Map<String, String> headers, Duration delay) {
    }

    record Received(String method, String path, Headers headers, byte[] body, long nanoTime) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    ScriptedApiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    ScriptedApiServer json(int status, String body) {
        return answer(new Answer(status, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of(),
                Duration.ZERO));
    }

    ScriptedApiServer answer(Answer answer) {
        script.add(answer);
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes(), System.nanoTime()));
        Answer answer = script.poll();
        if (answer == null) {
            answer = new Answer(500, "text/plain", "no scripted answer left".getBytes(StandardCharsets.UTF_8),
                    Map.of(), Duration.ZERO);
        }
        try (exchange) {
            Thread.sleep(answer.delay().toMillis());
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGaveUp) {
            // the client timed out and closed the connection: nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
