package io.holdslayer.infrastructure.ai.openai;

import io.holdslayer.application.ai.AiUnavailableException;
import io.holdslayer.application.ai.IvrAction;
import io.holdslayer.application.ai.MenuContext;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAiChatMenuChooserTest {

    private static final MenuContext BILLING = new MenuContext("+18005550100", "dispute a charge on my card",
            "For billing press 1. For technical support press 2.", List.of("heard: 'welcome to Acme' → waited 2 s"));

    private final ScriptedApiServer api = startServer();

    @AfterEach
    void stop() {
        api.close();
    }

    private static ScriptedApiServer startServer() {
        try {
            return new ScriptedApiServer();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private OpenAiChatMenuChooser chooser() {
        return new OpenAiChatMenuChooser(new OpenAiSettings(OpenAiSettings.LLM, api.baseUrl(), "qwen3:4b", "",
                Duration.ofSeconds(5), 0, ""));
    }

    private JsonObject request(int index) {
        return Json.createReader(new ByteArrayInputStream(api.received().get(index).body())).readObject();
    }

    private static String lastUserMessage(JsonObject request) {
        JsonArray messages = request.getJsonArray("messages");
        return messages.getJsonObject(messages.size() - 1).getString("content");
    }

    @Test
    void eachToolBecomesItsAction() throws AiUnavailableException {
        api.json(200, Completions.toolCall("press_digits", "{\"digits\":\"1#\"}"))
                .json(200, Completions.toolCall("wait", "{\"seconds\":4}"))
                .json(200, Completions.toolCall("say", "{\"text\":\"billing\"}"))
                .json(200, Completions.toolCall("hang_up", "{\"reason\":\"wrong company\"}"));
        OpenAiChatMenuChooser chooser = chooser();

        assertEquals(new IvrAction.PressDigits("1#"), chooser.choose(BILLING));
        assertEquals(new IvrAction.Wait(Duration.ofSeconds(4)), chooser.choose(BILLING));
        assertEquals(new IvrAction.Say("billing"), chooser.choose(BILLING));
        assertEquals(new IvrAction.HangUp("wrong company"), chooser.choose(BILLING));
    }

    @Test
    void theRequestCarriesTheToolsTheIntentTheHistoryAndTheMenu() throws AiUnavailableException {
        api.json(200, Completions.toolCall("press_digits", "{\"digits\":\"1\"}"));

        chooser().choose(BILLING);

        assertEquals("/v1/chat/completions", api.received().get(0).path());
        JsonObject request = request(0);
        assertEquals("qwen3:4b", request.getString("model"));
        assertEquals("required", request.getString("tool_choice"));
        assertEquals(List.of("press_digits", "wait", "say", "hang_up"), request.getJsonArray("tools").stream()
                .map(t -> t.asJsonObject().getJsonObject("function").getString("name")).toList());
        assertEquals("system", request.getJsonArray("messages").getJsonObject(0).getString("role"));
        String situation = lastUserMessage(request);
        assertTrue(situation.contains("dispute a charge on my card"), situation);
        assertTrue(situation.contains("heard: 'welcome to Acme' → waited 2 s"), situation);
        assertTrue(situation.contains("For billing press 1."), situation);
    }

    @Test
    void argumentsGivenAsAnObjectOrWithNumbersInTheOtherTypeAreRead() throws AiUnavailableException {
        api.json(200, Completions.reply("{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"function\":"
                        + "{\"name\":\"press_digits\",\"arguments\":{\"digits\":2}}}]}"))
                .json(200, Completions.toolCall("wait", "{\"seconds\":\"2.5\"}"));

        assertEquals(new IvrAction.PressDigits("2"), chooser().choose(BILLING));
        assertEquals(new IvrAction.Wait(Duration.ofMillis(2500)), chooser().choose(BILLING));
    }

    @Test
    void aReplyWithoutAToolCallGetsOneCorrectedSecondChance() throws AiUnavailableException {
        api.json(200, Completions.text("I think you should press 1."))
                .json(200, Completions.toolCall("press_digits", "{\"digits\":\"1\"}"));

        assertEquals(new IvrAction.PressDigits("1"), chooser().choose(BILLING));

        assertEquals(2, api.received().size());
        String correction = lastUserMessage(request(1));
        assertTrue(correction.contains("could not be used: it had no tool call"), correction);
        assertTrue(correction.contains("For billing press 1."), "the correction repeats the menu: " + correction);
    }

    @Test
    void badArgumentsGetASecondChanceToo() throws AiUnavailableException {
        api.json(200, Completions.toolCall("press_digits", "{\"digits\":\"one\"}"))
                .json(200, Completions.toolCall("press_digits", "{\"digits\":\"1\"}"));

        assertEquals(new IvrAction.PressDigits("1"), chooser().choose(BILLING));
        assertTrue(lastUserMessage(request(1)).contains("digits must be 1-32 of 0-9 * #, got one"));
    }

    @Test
    void twoUnusableRepliesMakeTheChooserUnavailable() {
        api.json(200, Completions.toolCall("transfer", "{}"))
                .json(200, Completions.toolCall("wait", "{\"seconds\":0}"));

        AiUnavailableException e = assertThrows(AiUnavailableException.class, () -> chooser().choose(BILLING));

        assertTrue(e.getMessage().contains("no usable tool call in two replies: it called an unknown tool "
                + "'transfer'; then wait got"), e.getMessage());
        assertEquals(2, api.received().size());
    }

    @Test
    void aServerThatRefusesRequiredToolChoiceIsAskedWithAuto() throws AiUnavailableException {
        api.json(400, "{\"error\":{\"message\":\"tool_choice 'required' is not supported\",\"type\":\"invalid\"}}")
                .json(200, Completions.toolCall("press_digits", "{\"digits\":\"1\"}"))
                .json(200, Completions.toolCall("press_digits", "{\"digits\":\"2\"}"));
        OpenAiChatMenuChooser chooser = chooser();

        assertEquals(new IvrAction.PressDigits("1"), chooser.choose(BILLING));
        assertEquals(new IvrAction.PressDigits("2"), chooser.choose(BILLING));

        assertEquals(List.of("required", "auto", "auto"),
                List.of(request(0).getString("tool_choice"), request(1).getString("tool_choice"),
                        request(2).getString("tool_choice")));
    }

    @Test
    void withoutABaseUrlTheChooserIsNotConfiguredAndSaysSo() {
        OpenAiChatMenuChooser chooser = new OpenAiChatMenuChooser(
                new OpenAiSettings(OpenAiSettings.LLM, "", "", "", Duration.ofSeconds(1), 2, ""));

        assertFalse(chooser.configured());
        assertEquals("LLM is not configured (set holdslayer.llm.base-url)",
                assertThrows(AiUnavailableException.class, () -> chooser.choose(BILLING)).getMessage());
        assertTrue(api.received().isEmpty());
    }
}
