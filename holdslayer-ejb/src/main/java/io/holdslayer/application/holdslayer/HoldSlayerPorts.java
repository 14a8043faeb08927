package io.holdslayer.application.holdslayer;

import io.holdslayer.api.event.EventType;
import io.holdslayer.application.ai.MenuContext;
import io.holdslayer.application.flow.FlowOutcome;
import io.holdslayer.application.flow.FlowStep;
import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.List;

/** What a hold slayer can make happen; answers to the asynchronous ones come back as calls on the hold slayer. */
public interface HoldSlayerPorts {

    void pressDigits(String digits);

    /** Rings the user's device; the outcome comes back as {@link HoldSlayer#transferCompleted}. */
    void ringDevice();

    /** Tells the agent to hold on while the user's phone rings ({@code ai_assisted}). */
    void playConnecting();

    void stopPlaying();

    /** Speaks to the company. */
    void say(String text);

    /** Asks the LLM; the answer comes back as {@link HoldSlayer#decided} or {@link HoldSlayer#decisionFailed}. */
    void choose(MenuContext context);

    /** Comes back as {@link HoldSlayer#timerFired} with the same generation. */
    void schedule(SlayerTimer timer, long generation, Duration delay);

    void publish(EventType type, JsonObject payload);

    /** Ends the call; {@code failure} is why, or null when the call succeeded. */
    void hangUp(String failure);

    void learn(List<FlowStep> steps, FlowOutcome outcome, boolean human, long holdSeconds);
}
