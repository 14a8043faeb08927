package io.holdslayer.infrastructure.ai.openai;

import io.holdslayer.application.ai.IvrAction;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Reads the first tool call of a chat completion ({@code choices[0].message.tool_calls[0].function}) as an
 * {@link IvrAction}. Arguments may come as a JSON string (OpenAI) or an object (some local servers); numbers
 * written as strings are accepted, anything else that does not fit is an {@link UnusableReply}.
 */
final class ToolCallReader {

    private ToolCallReader() {
    }

    static IvrAction read(JsonObject completion) throws UnusableReply {
        JsonObject message = firstMessage(completion);
        if (!(message.get("tool_calls") instanceof JsonArray calls) || calls.isEmpty()
                || !(calls.get(0) instanceof JsonObject call) || !(call.get("function") instanceof JsonObject function)) {
            String content = message.getString("content", "");
            throw new UnusableReply("it had no tool call" + (content.isBlank() ? "" : " (it said: \"" + content + "\")"));
        }
        String name = function.getString("name", "");
        JsonObject arguments = arguments(function.get("arguments"));
        try {
            return switch (name) {
                case MenuTools.PRESS_DIGITS -> new IvrAction.PressDigits(text(arguments, "digits").replaceAll("\\s", ""));
                case MenuTools.WAIT -> new IvrAction.Wait(seconds(arguments));
                case MenuTools.SAY -> new IvrAction.Say(text(arguments, "text"));
                case MenuTools.HANG_UP -> new IvrAction.HangUp(text(arguments, "reason"));
                default -> throw new UnusableReply("it called an unknown tool '" + name + "'");
            };
        } catch (IllegalArgumentException badValue) {
            throw new UnusableReply(name + " got " + arguments + ": " + badValue.getMessage());
        }
    }

    private static JsonObject firstMessage(JsonObject completion) throws UnusableReply {
        if (completion.get("choices") instanceof JsonArray choices && !choices.isEmpty()
                && choices.get(0) instanceof JsonObject choice && choice.get("message") instanceof JsonObject message) {
            return message;
        }
        throw new UnusableReply("the answer had no choices[0].message");
    }

    private static JsonObject arguments(JsonValue value) throws UnusableReply {
        if (value instanceof JsonObject object) {
            return object;
        }
        String text = value instanceof JsonString string ? string.getString() : "";
        if (text.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (RuntimeException notAnObject) {
            throw new UnusableReply("its arguments are not a JSON object: " + text);
        }
    }

    private static String text(JsonObject arguments, String key) {
        JsonValue value = arguments.get(key);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        throw new IllegalArgumentException("'" + key + "' is missing");
    }

    private static Duration seconds(JsonObject arguments) {
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(text(arguments, "seconds").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'seconds' is not a number");
        }
        if (seconds.signum() <= 0 || seconds.compareTo(BigDecimal.valueOf(MenuTools.LONGEST_WAIT_SECONDS)) > 0) {
            throw new IllegalArgumentException("'seconds' must lie within 1-" + MenuTools.LONGEST_WAIT_SECONDS);
        }
        return Duration.ofMillis(seconds.movePointRight(3).longValue());
    }

    /** Why a reply cannot become a step, in words the model is told on its second chance. */
    static final class UnusableReply extends Exception {
        UnusableReply(String problem) {
            super(problem);
        }
    }
}
