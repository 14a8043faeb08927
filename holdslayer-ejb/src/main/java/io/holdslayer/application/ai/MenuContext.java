package io.holdslayer.application.ai;

import java.util.List;
import java.util.Objects;

/**
 * What the menu chooser knows when it picks the next step.
 *
 * @param number     the company's number
 * @param intent     what the user wants, in their words
 * @param promptText the transcript of the menu prompt just heard
 * @param history    earlier steps in plain words, oldest first, e.g. "heard: 'for billing press 1…' → pressed 1"
 */
public record MenuContext(String number, String intent, String promptText, List<String> history) {

    public MenuContext {
        number = Objects.requireNonNullElse(number, "");
        intent = Objects.requireNonNullElse(intent, "");
        promptText = Objects.requireNonNullElse(promptText, "");
        history = List.copyOf(Objects.requireNonNullElse(history, List.of()));
    }
}
