package io.holdslayer.infrastructure.ai.openai;

import io.holdslayer.application.ai.AiUnavailableException;
import io.holdslayer.application.ai.IvrAction;
import io.holdslayer.application.ai.MenuChooser;
import io.holdslayer.application.ai.MenuContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.Config;

import java.util.logging.Logger;

/**
 * Picks a menu step through {@code POST {base}/chat/completions} with four tools and {@code tool_choice:
 * "required"}. A server that refuses {@code "required"} (HTTP 400 naming tool_choice) is asked again with
 * {@code "auto"}, and so from then on. A reply without a usable tool call gets one second chance with a message
 * saying what was wrong; a second unusable reply is an {@link AiUnavailableException}.
 */
@ApplicationScoped
public class OpenAiChatMenuChooser implements MenuChooser {

    private static final Logger LOG = Logger.getLogger(OpenAiChatMenuChooser.class.getName());
    private static final String PATH = "/chat/completions";

    private OpenAiHttp http;
    private volatile boolean toolChoiceRequired = true;

    protected OpenAiChatMenuChooser() {
        // for CDI's client proxy
    }

    @Inject
    public OpenAiChatMenuChooser(Config config) {
        this(OpenAiSettings.llm(config));
    }

    public OpenAiChatMenuChooser(OpenAiSettings settings) {
        this.http = new OpenAiHttp(settings);
    }

    @Override
    public boolean configured() {
        return http.settings().configured();
    }

    @Override
    public IvrAction choose(MenuContext context) throws AiUnavailableException {
        MenuConversation conversation = new MenuConversation(context);
        try {
            return ToolCallReader.read(complete(conversation.messages()));
        } catch (ToolCallReader.UnusableReply first) {
            LOG.fine(() -> "unusable menu reply, asking again: " + first.getMessage());
            try {
                return ToolCallReader.read(complete(conversation.messagesAfter(first.getMessage())));
            } catch (ToolCallReader.UnusableReply second) {
                throw new AiUnavailableException(http.where(PATH) + " gave no usable tool call in two replies: "
                        + first.getMessage() + "; then " + second.getMessage());
            }
        }
    }

    private JsonObject complete(JsonArray messages) throws AiUnavailableException {
        try {
            return http.postJson(PATH, request(messages));
        } catch (RefusedRequest refused) {
            if (!toolChoiceRequired || refused.status() != 400 || !refused.serverMessage().contains("tool_choice")) {
                throw refused;
            }
            LOG.info(() -> http.where(PATH) + " refuses tool_choice \"required\" (" + refused.serverMessage()
                    + "); using \"auto\" from now on");
            toolChoiceRequired = false;
            return http.postJson(PATH, request(messages));
        }
    }

    private JsonObject request(JsonArray messages) {
        return Json.createObjectBuilder()
                .add("model", http.settings().model())
                .add("messages", messages)
                .add("tools", MenuTools.ALL)
                .add("tool_choice", toolChoiceRequired ? "required" : "auto")
                .add("temperature", 0)
                .build();
    }
}
