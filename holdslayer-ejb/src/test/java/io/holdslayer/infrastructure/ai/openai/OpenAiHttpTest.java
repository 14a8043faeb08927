package io.holdslayer.infrastructure.ai.openai;

import io.holdslayer.application.ai.AiUnavailableException;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAiHttpTest {

    private static final String OK = "{\"ok\":true}";

    private final ScriptedApiServer api;

    OpenAiHttpTest() throws IOException {
        api = new ScriptedApiServer();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private OpenAiHttp http(String apiKey, Duration timeout, int retries) {
        return new OpenAiHttp(new OpenAiSettings(OpenAiSettings.LLM, api.baseUrl(), "m", apiKey, timeout, retries, ""));
    }

    private static ScriptedApiServer.Answer answer(int status, String body, Map<String, String> headers,
                                                   Duration delay) {
        return new ScriptedApiServer.Answer(status, "application/json", body.getBytes(StandardCharsets.UTF_8),
                headers, delay);
    }

    private static jakarta.json.JsonObject ping() {
        return Json.createObjectBuilder().add("ping", 1).build();
    }

    @Test
    void a503IsRetriedAfterTheWaitItAsksFor() throws AiUnavailableException {
        api.answer(answer(503, "{\"error\":{\"message\":\"overloaded\"}}", Map.of("Retry-After", "1"), Duration.ZERO))
                .json(200, OK);

        assertTrue(http("", Duration.ofSeconds(5), 2).postJson("/chat/completions", ping()).getBoolean("ok"));

        assertEquals(2, api.received().size());
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(api.received().get(1).nanoTime()
                - api.received().get(0).nanoTime());
        assertTrue(waitedMillis >= 950, "Retry-After: 1 honoured, the second try came after " + waitedMillis + " ms");
    }

    @Test
    void aTryThatTimesOutIsRetried() throws AiUnavailableException {
        api.answer(answer(200, OK, Map.of(), Duration.ofMillis(1500))).json(200, "{\"ok\":\"second\"}");

        assertEquals("second", http("", Duration.ofMillis(300), 1).postJson("/x", ping()).getString("ok"));
        assertEquals(2, api.received().size());
    }

    @Test
    void whenEveryTryTimesOutTheMessageSaysHowOftenAndHowLong() {
        api.answer(answer(200, OK, Map.of(), Duration.ofMillis(1500)))
                .answer(answer(200, OK, Map.of(), Duration.ofMillis(1500)));

        AiUnavailableException e = assertThrows(AiUnavailableException.class,
                () -> http("", Duration.ofMillis(300), 1).postJson("/chat/completions", ping()));

        assertEquals("LLM at " + api.baseUrl() + "/chat/completions timed out after 2 tries (300 ms each)",
                e.getMessage());
    }

    @Test
    void a401IsNotRetriedAndItsMessageIsPassedOn() {
        api.json(401, "{\"error\":{\"message\":\"Incorrect API key provided: sk-wrong\",\"type\":\"invalid_request_error\"}}")
                .json(200, OK);

        AiUnavailableException e = assertThrows(AiUnavailableException.class,
                () -> http("sk-wrong", Duration.ofSeconds(5), 2).postJson("/chat/completions", ping()));

        assertEquals("LLM at " + api.baseUrl() + "/chat/completions answered HTTP 401: Incorrect API key provided: "
                + "sk-wrong", e.getMessage());
        assertEquals(1, api.received().size());
    }

    @Test
    void serverErrorsAreRetriedAndTheLastOneIsReported() {
        api.json(500, "{\"detail\":\"model failed to load\"}").json(502, "<html>Bad Gateway</html>");

        AiUnavailableException e = assertThrows(AiUnavailableException.class,
                () -> http("", Duration.ofSeconds(5), 1).postJson("/x", ping()));

        assertTrue(e.getMessage().endsWith("failed after 2 tries, last: HTTP 502: <html>Bad Gateway</html>"),
                e.getMessage());
    }

    @Test
    void aServiceThatIsNotListeningIsTriedAsOftenAsConfigured() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        OpenAiHttp http = new OpenAiHttp(new OpenAiSettings(OpenAiSettings.STT, "http://127.0.0.1:" + closedPort,
                "m", "", Duration.ofSeconds(2), 2, ""));

        AiUnavailableException e = assertThrows(AiUnavailableException.class, () -> http.postJson("/x", ping()));

        assertTrue(e.getMessage().startsWith("STT at http://127.0.0.1:" + closedPort
                + "/x failed after 3 tries, last: could not be reached"), e.getMessage());
    }

    @Test
    void theBearerHeaderIsSentOnlyWhenAKeyIsConfigured() throws AiUnavailableException {
        api.json(200, OK).json(200, OK);

        http("sk-test-123", Duration.ofSeconds(5), 0).postJson("/x", ping());
        http("", Duration.ofSeconds(5), 0).postJson("/x", ping());

        assertEquals("Bearer sk-test-123", api.received().get(0).headers().getFirst("Authorization"));
        assertFalse(api.received().get(1).headers().containsKey("Authorization"));
    }

    @Test
    void anAnswerThatIsNotJsonIsReportedAsSuch() {
        api.answer(new ScriptedApiServer.Answer(200, "text/html", "<html>login</html>".getBytes(StandardCharsets.UTF_8),
                Map.of(), Duration.ZERO));

        AiUnavailableException e = assertThrows(AiUnavailableException.class,
                () -> http("", Duration.ofSeconds(5), 0).postJson("/x", ping()));

        assertTrue(e.getMessage().endsWith("answered with something other than a JSON object: <html>login</html>"),
                e.getMessage());
    }
}
