package io.holdslayer.application.call;

import io.holdslayer.application.ai.MenuChooser;
import io.holdslayer.application.flow.CallFlowLearner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What a hold slayer's ports reach beyond the SIP plane: the LLM, the learner, the spoken prompts. */
@ApplicationScoped
public class SlayerServices {

    @Inject
    MenuChooser chooser;

    @Inject
    CallFlowLearner learner;

    @Inject
    ConnectingPrompt prompts;

    @Inject
    CallRecords records;

    MenuChooser chooser() {
        return chooser;
    }

    CallFlowLearner learner() {
        return learner;
    }

    ConnectingPrompt prompts() {
        return prompts;
    }

    CallRecords records() {
        return records;
    }
}
