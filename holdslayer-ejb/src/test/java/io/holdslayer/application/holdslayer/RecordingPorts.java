package io.holdslayer.application.holdslayer;

import io.holdslayer.api.event.EventType;
import io.holdslayer.application.ai.MenuContext;
import io.holdslayer.application.flow.FlowOutcome;
import io.holdslayer.application.flow.FlowStep;
import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ports that only record what the hold slayer asked for; the test plays the gateway's part. */
final class RecordingPorts implements HoldSlayerPorts {

    final List<String> actions = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    final List<JsonObject> payloads = new ArrayList<>();
    final Map<SlayerTimer, Long> timers = new LinkedHashMap<>();
    final List<MenuContext> asked = new ArrayList<>();
    String failure;
    boolean hungUp;
    List<FlowStep> learnedSteps;
    FlowOutcome learnedOutcome;
    boolean learnedHuman;
    int lessons;

    @Override
    public void pressDigits(String digits) {
        actions.add("press " + digits);
    }

    @Override
    public void ringDevice() {
        actions.add("ring");
    }

    @Override
    public void playConnecting() {
        actions.add("play connecting");
    }

    @Override
    public void stopPlaying() {
        actions.add("stop playing");
    }

    @Override
    public void say(String text) {
        actions.add("say " + text);
    }

    @Override
    public void choose(MenuContext context) {
        asked.add(context);
    }

    @Override
    public void schedule(SlayerTimer timer, long generation, Duration delay) {
        timers.put(timer, generation);
    }

    @Override
    public void publish(EventType type, JsonObject payload) {
        events.add(type.name());
        payloads.add(payload);
    }

    @Override
    public void hangUp(String failure) {
        this.failure = failure;
        hungUp = true;
    }

    @Override
    public void learn(List<FlowStep> steps, FlowOutcome outcome, boolean human, long holdSeconds) {
        learnedSteps = steps;
        learnedOutcome = outcome;
        learnedHuman = human;
        lessons++;
    }

    /** Fires the timer as the scheduler would, with the generation it was armed with. */
    void fire(HoldSlayer slayer, SlayerTimer timer) {
        Long generation = timers.remove(timer);
        if (generation == null) {
            throw new AssertionError(timer + " is not armed");
        }
        slayer.timerFired(timer, generation);
    }
}
