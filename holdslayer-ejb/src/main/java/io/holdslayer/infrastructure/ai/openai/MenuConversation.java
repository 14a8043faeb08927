package io.holdslayer.infrastructure.ai.openai;

import io.holdslayer.application.ai.MenuContext;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** The chat messages for one menu step: the standing instructions, the situation, and a correction if needed. */
final class MenuConversation {

    static final String SYSTEM_PROMPT = """
            You navigate a company's automated phone menu (IVR) on behalf of a caller. Your goal is to reach the \
            department, or a live person, that can serve the caller's intent. Each turn you are given the intent, \
            the steps taken so far and the words of the menu just heard. Answer with exactly one tool call: \
            press_digits to choose an option or enter a number the caller gave you, say when a voice menu asks you \
            to speak, wait when the menu is not finished or asks you to hold, hang_up only when this number cannot \
            serve the intent at all. Prefer options that lead to a live agent for the intent. Never invent account \
            numbers or personal data.""";

    private final MenuContext context;

    MenuConversation(MenuContext context) {
        this.context = context;
    }

    JsonArray messages() {
        return base().build();
    }

    /** The messages again, ending with a user message that says what was wrong with the last reply. */
    JsonArray messagesAfter(String problem) {
        return base().add(user("Your last reply could not be used: " + problem + ". The menu just said: \""
                + context.promptText() + "\". Answer with exactly one call of press_digits, wait, say or hang_up."))
                .build();
    }

    private JsonArrayBuilder base() {
        StringBuilder situation = new StringBuilder()
                .append("Caller's intent: ").append(context.intent()).append('\n')
                .append("Company number: ").append(context.number()).append('\n')
                .append("Steps so far:");
        if (context.history().isEmpty()) {
            situation.append(" none, the call was just answered");
        }
        context.history().forEach(step -> situation.append("\n- ").append(step));
        situation.append("\nThe menu just said: \"").append(context.promptText()).append("\"\n")
                .append("Choose the next step.");
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("role", "system").add("content", SYSTEM_PROMPT))
                .add(user(situation.toString()));
    }

    private static JsonObject user(String content) {
        return Json.createObjectBuilder().add("role", "user").add("content", content).build();
    }
}
