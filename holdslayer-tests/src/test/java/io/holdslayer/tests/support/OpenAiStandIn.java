package io.holdslayer.tests.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.holdslayer.audio.io.AudioFiles;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 that plays an OpenAI-compatible AI service for the system tests, set as the
 * gateway's {@code holdslayer.llm/stt/tts.base-url} ({@link #baseUrl()}):
 * <ul>
 * <li>{@code /v1/chat/completions} answers a tool call chosen by rules: the first rule whose text the last user
 *     message contains (ignoring case) wins, else {@code wait {"seconds": 2}};</li>
 * <li>{@code /v1/audio/transcriptions} recognises the received WAV among registered reference clips
 *     ({@link ClipMatcher}) and answers that clip's text, or {@link #unknownAudioText} for anything else;</li>
 * <li>{@code /v1/audio/speech} answers a WAV that espeak-ng speaks when installed, else a 440 Hz tone.</li>
 * </ul>
 * Every request is recorded, with the decoded audio of each transcription request, so that tests can assert
 * what the gateway sent and how often.
 */
public final class OpenAiStandIn implements AutoCloseable {

    /** One request as received. */
    public record Request(String path, Map<String, List<String>> headers, byte[] body, Instant at) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One transcription: the audio received (8 kHz mono), and the text answered. */
    public record Transcription(short[] samples, String text, double score) {
        public double seconds() {
            return samples.length / 8000.0;
        }
    }

    private record Rule(String userSays, String tool, String argumentsJson) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ClipMatcher clips = new ClipMatcher(ClipMatcher.DEFAULT_THRESHOLD);
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> userMessages = new CopyOnWriteArrayList<>();
    private final List<Transcription> transcriptions = new CopyOnWriteArrayList<>();
    private volatile String unknownAudioText = "";
    private volatile Rule otherwise = new Rule("", "wait", "{\"seconds\":2}");

    private OpenAiStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/v1/chat/completions", exchange -> answer(exchange, this::chat));
        server.createContext("/v1/audio/transcriptions", exchange -> answer(exchange, this::transcription));
        server.createContext("/v1/audio/speech", exchange -> answer(exchange, this::speech));
        server.start();
    }

    public static OpenAiStandIn start() throws IOException {
        return new OpenAiStandIn();
    }

    /** The value for {@code holdslayer.llm.base-url} and the others, e.g. {@code http://127.0.0.1:41234/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** When the last user message contains {@code text}, call {@code tool} with {@code argumentsJson}. */
    public OpenAiStandIn whenUserSays(String text, String tool, String argumentsJson) {
        rules.add(new Rule(text.toLowerCase(Locale.ROOT), tool, argumentsJson));
        return this;
    }

    /** When the last user message contains {@code text}, press {@code digits}. */
    public OpenAiStandIn pressWhenUserSays(String text, String digits) {
        return whenUserSays(text, "press_digits", Json.createObjectBuilder().add("digits", digits).build().toString());
    }

    /** The tool call when no rule matches; {@code wait {"seconds": 2}} unless set. */
    public OpenAiStandIn otherwise(String tool, String argumentsJson) {
        otherwise = new Rule("", tool, argumentsJson);
        return this;
    }

    /** Registers a reference clip (any WAV the audio module reads) and the text it is transcribed as. */
    public OpenAiStandIn clip(Path wav, String text) throws IOException {
        clips.add(text, AudioFiles.read(wav).samples());
        return this;
    }

    /** The transcription of audio that matches no clip; empty unless set. */
    public OpenAiStandIn unknownAudioText(String text) {
        unknownAudioText = text;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The last user message of each chat request, in order. */
    public List<String> userMessages() {
        return List.copyOf(userMessages);
    }

    public List<Transcription> transcriptions() {
        return List.copyOf(transcriptions);
    }

    private interface Handler {
        Reply handle(Request request) throws IOException;
    }

    private record Reply(int status, String contentType, byte[] body) {
        static Reply json(int status, JsonObject json) {
            return new Reply(status, "application/json", json.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void answer(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            Request request = new Request(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    exchange.getRequestBody().readAllBytes(), Instant.now());
            requests.add(request);
            Reply reply;
            try {
                reply = "POST".equals(exchange.getRequestMethod()) ? handler.handle(request)
                        : Reply.json(405, error("POST only"));
            } catch (RuntimeException | IOException bad) {
                reply = Reply.json(400, error(bad.toString()));
            }
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    private static JsonObject error(String message) {
        return Json.createObjectBuilder().add("error", Json.createObjectBuilder().add("message", message)).build();
    }

    private Reply chat(Request request) {
        JsonObject body = Json.createReader(new ByteArrayInputStream(request.body())).readObject();
        String lastUser = lastUserMessage(body.getJsonArray("messages"));
        userMessages.add(lastUser);
        String said = lastUser.toLowerCase(Locale.ROOT);
        Rule rule = rules.stream().filter(r -> said.contains(r.userSays())).findFirst().orElse(otherwise);
        JsonObject message = Json.createObjectBuilder().add("role", "assistant").addNull("content")
                .add("tool_calls", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "call_" + requests.size()).add("type", "function")
                        .add("function", Json.createObjectBuilder().add("name", rule.tool())
                                .add("arguments", rule.argumentsJson()))))
                .build();
        return Reply.json(200, Json.createObjectBuilder()
                .add("id", "chatcmpl-standin-" + requests.size()).add("object", "chat.completion")
                .add("model", body.getString("model", "")).add("choices", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("index", 0).add("message", message)
                                .add("finish_reason", "tool_calls")))
                .build());
    }

    private static String lastUserMessage(JsonArray messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            JsonObject message = messages.getJsonObject(i);
            if ("user".equals(message.getString("role", ""))) {
                JsonValue content = message.get("content");
                return content instanceof jakarta.json.JsonString text ? text.getString() : String.valueOf(content);
            }
        }
        return "";
    }

    private Reply transcription(Request request) throws IOException {
        Map<String, byte[]> form = FormParts.parse(request.body(), request.headers());
        byte[] wav = form.get("file");
        if (wav == null) {
            return Reply.json(400, error("the form has no 'file' part"));
        }
        Path file = Files.createTempFile("standin-", ".wav");
        short[] samples;
        try {
            Files.write(file, wav);
            samples = AudioFiles.read(file).samples();
        } finally {
            Files.deleteIfExists(file);
        }
        ClipMatcher.Match match = clips.match(samples).orElse(new ClipMatcher.Match(unknownAudioText, 0));
        transcriptions.add(new Transcription(samples, match.text(), match.score()));
        String format = new String(form.getOrDefault("response_format", "json".getBytes()), StandardCharsets.UTF_8);
        return "text".equals(format)
                ? new Reply(200, "text/plain", match.text().getBytes(StandardCharsets.UTF_8))
                : Reply.json(200, Json.createObjectBuilder().add("text", match.text()).build());
    }

    private Reply speech(Request request) throws IOException {
        JsonObject body = Json.createReader(new ByteArrayInputStream(request.body())).readObject();
        return new Reply(200, "audio/wav", StandInVoice.wav(body.getString("input", "")));
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
