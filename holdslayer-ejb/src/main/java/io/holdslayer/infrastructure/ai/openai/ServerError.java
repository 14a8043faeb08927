package io.holdslayer.infrastructure.ai.openai;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** The error message in a failed answer: OpenAI's {@code error.message}, FastAPI's {@code detail}, or the text. */
final class ServerError {

    private static final int LONGEST_EXCERPT = 300;

    private ServerError() {
    }

    static String message(byte[] body) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonObject json = reader.readObject();
            JsonValue error = json.containsKey("error") ? json.get("error") : json.get("detail");
            if (error instanceof JsonObject object && object.get("message") instanceof JsonString message) {
                return message.getString();
            }
            if (error instanceof JsonString text) {
                return text.getString();
            }
        } catch (RuntimeException notJson) {
            // plain text or HTML: shown as it is
        }
        return excerpt(body);
    }

    static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return "(empty body)";
        }
        return text.length() <= LONGEST_EXCERPT ? text : text.substring(0, LONGEST_EXCERPT) + "…";
    }
}
