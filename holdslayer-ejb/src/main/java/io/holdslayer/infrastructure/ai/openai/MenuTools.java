package io.holdslayer.infrastructure.ai.openai;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The four functions the model may call, as chat-completions {@code tools}. */
final class MenuTools {

    static final String PRESS_DIGITS = "press_digits";
    static final String WAIT = "wait";
    static final String SAY = "say";
    static final String HANG_UP = "hang_up";
    static final int LONGEST_WAIT_SECONDS = 120;

    static final JsonArray ALL = Json.createArrayBuilder()
            .add(tool(PRESS_DIGITS, "Press telephone keys to choose a menu option or enter a number.",
                    "digits", Json.createObjectBuilder().add("type", "string").add("pattern", "^[0-9*#]+$")
                            .add("description", "the keys to press, only 0-9, * and #")))
            .add(tool(WAIT, "Keep listening without acting: the menu is not finished, or it asks to hold.",
                    "seconds", Json.createObjectBuilder().add("type", "integer").add("minimum", 1)
                            .add("maximum", LONGEST_WAIT_SECONDS).add("description", "how long to listen")))
            .add(tool(SAY, "Speak to a voice menu that asks the caller to say what they need.",
                    "text", Json.createObjectBuilder().add("type", "string")
                            .add("description", "a few words, as a caller would say them")))
            .add(tool(HANG_UP, "End the call: this number cannot serve the caller's intent.",
                    "reason", Json.createObjectBuilder().add("type", "string")
                            .add("description", "why, in one sentence")))
            .build();

    private MenuTools() {
    }

    private static JsonObject tool(String name, String description, String parameter, JsonObjectBuilder schema) {
        return Json.createObjectBuilder()
                .add("type", "function")
                .add("function", Json.createObjectBuilder()
                        .add("name", name)
                        .add("description", description)
                        .add("parameters", Json.createObjectBuilder()
                                .add("type", "object")
                                .add("properties", Json.createObjectBuilder().add(parameter, schema))
                                .add("required", Json.createArrayBuilder().add(parameter))))
                .build();
    }
}
