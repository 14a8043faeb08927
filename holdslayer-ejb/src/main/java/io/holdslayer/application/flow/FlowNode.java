package io.holdslayer.application.flow;

import java.util.ArrayList;
import java.util.List;

/** One menu of a phone tree: what it says and the options pressed there so far. A JSON-B document class. */
public class FlowNode {

    /** The menu's prompt as transcribed (empty when it was learned without speech-to-text). */
    public String prompt = "";

    public List<FlowOption> options = new ArrayList<>();

    public FlowNode() {
    }

    public FlowNode(String prompt) {
        this.prompt = prompt == null ? "" : prompt;
    }

    /** The option pressed with these digits here, if any. */
    public FlowOption option(String digits) {
        return options.stream().filter(o -> o.digits.equals(digits)).findFirst().orElse(null);
    }
}
