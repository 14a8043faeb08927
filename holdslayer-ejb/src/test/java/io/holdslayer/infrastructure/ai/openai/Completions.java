package io.holdslayer.infrastructure.ai.openai;

import jakarta.json.Json;

/** Chat-completion answers as OpenAI-compatible servers write them. */
final class Completions {

    private Completions() {
    }

    /** A reply calling {@code name} with {@code argumentsJson} passed as a JSON string, as OpenAI does. */
    static String toolCall(String name, String argumentsJson) {
        return reply(Json.createObjectBuilder().add("role", "assistant").addNull("content")
                .add("tool_calls", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "call_1").add("type", "function")
                        .add("function", Json.createObjectBuilder().add("name", name)
                                .add("arguments", argumentsJson)))).build().toString());
    }

    /** A reply that talks instead of calling a tool. */
    static String text(String content) {
        return reply(Json.createObjectBuilder().add("role", "assistant").add("content", content).build().toString());
    }

    static String reply(String messageJson) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"message\":" + messageJson + ",\"finish_reason\":\"tool_calls\"}]}";
    }
}
