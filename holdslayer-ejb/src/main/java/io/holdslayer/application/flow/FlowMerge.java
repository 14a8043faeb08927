package io.holdslayer.application.flow;

import java.util.List;

/**
 * Folds one call's path through the menus into a number's tree: menus are matched by the digits pressed to
 * reach them, a prompt heard for the first time fills an empty one, new options are added, and the option
 * pressed last takes the call's outcome and its statistics.
 */
final class FlowMerge {

    private FlowMerge() {
    }

    static void merge(FlowNode root, List<FlowStep> steps, FlowOutcome outcome, boolean human, long holdSeconds) {
        FlowNode node = root;
        for (int i = 0; i < steps.size(); i++) {
            FlowStep step = steps.get(i);
            if (node.prompt.isBlank() && !step.prompt().isBlank()) {
                node.prompt = step.prompt();
            }
            FlowOption option = node.option(step.digits());
            if (option == null) {
                option = new FlowOption(step.digits(), step.label());
                node.options.add(option);
            } else if (option.label.isBlank()) {
                option.label = step.label();
            }
            option.taken++;
            if (i < steps.size() - 1) {
                option.outcome = FlowOutcome.MENU;
                if (option.next == null) {
                    option.next = new FlowNode();
                }
                node = option.next;
            } else {
                if (outcome != FlowOutcome.UNKNOWN || option.outcome == FlowOutcome.UNKNOWN) {
                    option.outcome = outcome;
                }
                if (human) {
                    option.humans++;
                }
                option.holdSeconds += holdSeconds;
            }
        }
    }
}
