package io.holdslayer.application.flow;

/**
 * One step a call took through a menu.
 *
 * @param prompt what the menu said (empty without speech-to-text)
 * @param digits what was pressed
 * @param label  what the choice was for, in words (may be empty)
 */
public record FlowStep(String prompt, String digits, String label) {

    public FlowStep {
        prompt = prompt == null ? "" : prompt;
        label = label == null ? "" : label;
    }
}
