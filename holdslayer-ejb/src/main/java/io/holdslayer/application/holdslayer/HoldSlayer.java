package io.holdslayer.application.holdslayer;

import io.holdslayer.api.call.CallMode;
import io.holdslayer.api.event.EventType;
import io.holdslayer.api.event.JsonPayloads;
import io.holdslayer.application.ai.IvrAction;
import io.holdslayer.application.ai.MenuContext;
import io.holdslayer.application.flow.FlowNode;
import io.holdslayer.application.flow.FlowOption;
import io.holdslayer.application.flow.FlowOutcome;
import io.holdslayer.application.flow.FlowRoute;
import io.holdslayer.application.flow.FlowStep;
import io.holdslayer.application.flow.MenuOptions;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One call's hold slayer. It starts in {@link HoldSlayerPhase#DIALING}; when the company answers it is
 * {@link HoldSlayerPhase#NAVIGATING}: each stretch of the company's speech is a piece of a menu prompt, and once
 * the company has been quiet for the input pause (and every piece has been transcribed) the menu is taken as
 * heard. In flow mode the learned tree says which option to press for the intent; where the tree ends or does
 * not know the menu, the LLM chooses (exploration), and without an LLM the hold slayer waits. Where the tree says
 * the last option leads to the queue, what is said before the music ("please hold") is waited out, unless it
 * announces options of its own. The same menu
 * heard three times, or too many steps, means the call is stuck and it hangs up.
 *
 * <p>Music after the menus is {@link HoldSlayerPhase#HOLDING}, limited by the maximum hold time. A live person
 * ({@code HUMAN_DETECTED}, on hold or straight after the menus) makes it {@link HoldSlayerPhase#TRANSFERRING}: the
 * user's phone rings, and in {@code ai_assisted} mode the agent hears "one moment please" meanwhile. If the phone
 * does not answer, the agent is kept and the phone rung again after a pause, up to the configured attempts.
 * When the phone answers the call is {@link HoldSlayerPhase#BRIDGED} and the hold slayer's work is done. Every
 * way out (bridged, stuck, gave up, the company hanging up) teaches the call flow learner what the path led to.
 *
 * <p>Not thread-safe: the call manager feeds one call's inputs one at a time, in order.
 */
public final class HoldSlayer {

    private final HoldSlayerPlan plan;
    private final HoldSlayerPorts ports;
    private final HoldSlayerSettings settings;
    private final Clock clock;

    private HoldSlayerPhase phase = HoldSlayerPhase.DIALING;
    private FlowNode node;
    private final Map<SlayerTimer, Long> generations = new EnumMap<>(SlayerTimer.class);
    private long lastGeneration;
    private final List<String> heard = new ArrayList<>();
    private double heardSeconds;
    private int segments;
    private int pendingTranscripts;
    private boolean paused;
    private boolean deciding;
    private int decisions;
    private String lastPrompt = "";
    private final List<FlowStep> steps = new ArrayList<>();
    private final List<String> history = new ArrayList<>();
    private final MenuRepeats repeats = new MenuRepeats();
    private Instant holdStarted;
    private Instant holdEnded;
    private int rings;
    private boolean learned;
    private boolean awaitingHold;

    public HoldSlayer(HoldSlayerPlan plan, HoldSlayerPorts ports, HoldSlayerSettings settings, Clock clock) {
        this.plan = plan;
        this.ports = ports;
        this.settings = settings;
        this.clock = clock;
        this.node = plan.flow();
    }

    public HoldSlayerPhase phase() {
        return phase;
    }

    /** The menu steps taken so far. */
    public List<FlowStep> steps() {
        return List.copyOf(steps);
    }

    public void connected() {
        if (phase == HoldSlayerPhase.DIALING) {
            phase = HoldSlayerPhase.NAVIGATING;
            arm(SlayerTimer.NO_PROMPT, settings.noPrompt());
        }
    }

    /** A stretch of the company's speech ended; its transcript follows when {@code transcriptComing}. */
    public void speechEnded(double seconds, boolean transcriptComing) {
        if (phase != HoldSlayerPhase.NAVIGATING) {
            return;
        }
        segments++;
        heardSeconds += seconds;
        if (transcriptComing) {
            pendingTranscripts++;
        }
        paused = false;
        cancel(SlayerTimer.NO_PROMPT);
        arm(SlayerTimer.PROMPT_PAUSE, settings.inputPause());
    }

    /** The transcript of a stretch announced by {@link #speechEnded} (empty when transcription failed). */
    public void transcribed(String text) {
        pendingTranscripts = Math.max(0, pendingTranscripts - 1);
        if (phase != HoldSlayerPhase.NAVIGATING) {
            return;
        }
        if (text != null && !text.isBlank()) {
            heard.add(text.trim());
        }
        menuIfComplete();
    }

    public void timerFired(SlayerTimer timer, long generation) {
        Long current = generations.get(timer);
        if (current == null || current != generation) {
            return;
        }
        generations.remove(timer);
        switch (timer) {
            case PROMPT_PAUSE -> {
                paused = true;
                menuIfComplete();
            }
            case NO_PROMPT -> {
                if (phase == HoldSlayerPhase.NAVIGATING && !deciding && segments == 0) {
                    menuHeard("", 0);
                }
            }
            case MAX_HOLD -> {
                if (phase == HoldSlayerPhase.HOLDING) {
                    finish(FlowOutcome.HOLD, false, "gave up after " + settings.maxHold().toMinutes()
                            + " minutes on hold (holdslayer.hold.max-minutes)");
                }
            }
            case TRANSFER_RETRY -> {
                if (phase == HoldSlayerPhase.TRANSFERRING) {
                    ring();
                }
            }
        }
    }

    private void menuIfComplete() {
        if (phase == HoldSlayerPhase.NAVIGATING && paused && pendingTranscripts == 0 && segments > 0 && !deciding) {
            menuHeard(String.join(" ", heard), heardSeconds);
        }
    }

    private void menuHeard(String prompt, double speechSeconds) {
        heard.clear();
        heardSeconds = 0;
        segments = 0;
        paused = false;
        int count = repeats.heard(prompt, speechSeconds);
        JsonObjectBuilder options = Json.createObjectBuilder();
        MenuOptions.parse(prompt).forEach(options::add);
        ports.publish(EventType.IVR_MENU_DETECTED, JsonPayloads.builder().add("prompt", prompt)
                .add("options", options).add("heard", count).add("speechSeconds", round(speechSeconds)).build());
        if (count >= settings.menuRepeats()) {
            finish(FlowOutcome.UNKNOWN, false, "stuck in the menu: the same menu was heard " + count + " times");
            return;
        }
        lastPrompt = prompt;
        if (node != null) {
            FlowOption option = FlowRoute.choose(node, plan.intent()).orElse(null);
            if (option != null) {
                node = option.next;
                awaitingHold = node == null && (option.outcome == FlowOutcome.HOLD || option.outcome == FlowOutcome.HUMAN);
                press(option.digits, option.label, "flow");
                return;
            }
            node = null;
        }
        if (awaitingHold && MenuOptions.parse(prompt).isEmpty()) {
            // "please hold": the flow says the queue comes next, so only a new menu with options needs a choice
            history.add(describe(prompt) + " → waited for the queue the flow leads to");
            arm(SlayerTimer.NO_PROMPT, settings.noPrompt());
            return;
        }
        if (plan.canExplore() && decisions < 2 * settings.maxSteps()) {
            deciding = true;
            decisions++;
            ports.choose(new MenuContext(plan.number(), plan.intent(), prompt, List.copyOf(history)));
        } else {
            history.add(describe(prompt) + " → waited");
            arm(SlayerTimer.NO_PROMPT, settings.noPrompt());
        }
    }

    /** The LLM's choice for the last menu. */
    public void decided(IvrAction action) {
        deciding = false;
        if (phase != HoldSlayerPhase.NAVIGATING) {
            return;
        }
        JsonObjectBuilder payload = JsonPayloads.builder().add("prompt", lastPrompt);
        if (action instanceof IvrAction.PressDigits press) {
            ports.publish(EventType.IVR_EXPLORATION, payload.add("action", "press_digits")
                    .add("digits", press.digits()).build());
            String label = MenuOptions.parse(lastPrompt).getOrDefault(press.digits(), plan.intent());
            press(press.digits(), label, "llm");
        } else if (action instanceof IvrAction.Wait wait) {
            ports.publish(EventType.IVR_EXPLORATION, payload.add("action", "wait")
                    .add("seconds", wait.duration().toSeconds()).build());
            history.add(describe(lastPrompt) + " → waited");
            arm(SlayerTimer.NO_PROMPT, wait.duration().isZero() ? settings.noPrompt() : wait.duration());
        } else if (action instanceof IvrAction.Say say) {
            ports.publish(EventType.IVR_EXPLORATION, payload.add("action", "say").add("text", say.text()).build());
            history.add(describe(lastPrompt) + " → said '" + say.text() + "'");
            ports.say(say.text());
            arm(SlayerTimer.NO_PROMPT, settings.noPrompt());
        } else if (action instanceof IvrAction.HangUp hangUp) {
            ports.publish(EventType.IVR_EXPLORATION, payload.add("action", "hang_up")
                    .add("reason", hangUp.reason()).build());
            finish(FlowOutcome.UNKNOWN, false, "the assistant hung up: " + hangUp.reason());
        }
    }

    /** The LLM could not choose. */
    public void decisionFailed(String why) {
        deciding = false;
        if (phase != HoldSlayerPhase.NAVIGATING) {
            return;
        }
        ports.publish(EventType.IVR_EXPLORATION, JsonPayloads.builder().add("prompt", lastPrompt)
                .add("action", "none").add("error", why).build());
        finish(FlowOutcome.UNKNOWN, false, "exploration failed: " + why);
    }

    private void press(String digits, String label, String source) {
        if (steps.size() >= settings.maxSteps()) {
            finish(FlowOutcome.UNKNOWN, false, "stuck in the menu: more than " + settings.maxSteps() + " steps");
            return;
        }
        steps.add(new FlowStep(lastPrompt, digits, label));
        history.add(describe(lastPrompt) + " → pressed " + digits);
        ports.pressDigits(digits);
        ports.publish(EventType.IVR_STEP, JsonPayloads.builder().add("step", steps.size()).add("digits", digits)
                .add("label", label == null ? "" : label).add("prompt", lastPrompt).add("source", source).build());
        arm(SlayerTimer.NO_PROMPT, settings.noPrompt());
    }

    public void holdDetected() {
        if (phase == HoldSlayerPhase.NAVIGATING) {
            phase = HoldSlayerPhase.HOLDING;
            holdStarted = clock.instant();
            cancel(SlayerTimer.PROMPT_PAUSE);
            cancel(SlayerTimer.NO_PROMPT);
            arm(SlayerTimer.MAX_HOLD, settings.maxHold());
        }
    }

    public void humanDetected() {
        if (phase == HoldSlayerPhase.NAVIGATING || phase == HoldSlayerPhase.HOLDING) {
            holdEnded = clock.instant();
            phase = HoldSlayerPhase.TRANSFERRING;
            generations.clear();
            ring();
        }
    }

    private void ring() {
        rings++;
        if (plan.mode() == CallMode.AI_ASSISTED) {
            ports.playConnecting();
        }
        ports.ringDevice();
    }

    /** The user's phone answered and was bridged ({@code success}), or did not. */
    public void transferCompleted(boolean success, String reason) {
        if (phase != HoldSlayerPhase.TRANSFERRING) {
            return;
        }
        if (success) {
            phase = HoldSlayerPhase.BRIDGED;
            if (plan.mode() == CallMode.AI_ASSISTED) {
                ports.stopPlaying();
            }
            learn(holdStarted != null ? FlowOutcome.HOLD : FlowOutcome.HUMAN, true);
        } else if (rings < settings.transferAttempts()) {
            arm(SlayerTimer.TRANSFER_RETRY, settings.transferRetry());
        } else {
            finish(holdStarted != null ? FlowOutcome.HOLD : FlowOutcome.HUMAN, true,
                    "the user's phone did not answer after " + rings + " attempts" + (reason == null || reason.isBlank() ? "" : " (" + reason + ")"));
        }
    }

    /**
     * The call ended by itself (the company or the user hung up, or the call failed).
     *
     * @return why that means the hold slayer failed, or null when it did not
     */
    public String ended() {
        HoldSlayerPhase was = phase;
        phase = HoldSlayerPhase.FINISHED;
        generations.clear();
        return switch (was) {
            case NAVIGATING -> {
                learn(steps.isEmpty() ? FlowOutcome.UNKNOWN : FlowOutcome.HANGUP, false);
                yield "the company hung up in the menu";
            }
            case HOLDING -> {
                holdEnded = clock.instant();
                learn(FlowOutcome.HOLD, false);
                yield "the company hung up during hold";
            }
            case TRANSFERRING -> {
                learn(holdStarted != null ? FlowOutcome.HOLD : FlowOutcome.HUMAN, true);
                yield "the call ended while the user's phone rang";
            }
            default -> null;
        };
    }

    private void finish(FlowOutcome outcome, boolean human, String failure) {
        if (holdStarted != null && holdEnded == null) {
            holdEnded = clock.instant();
        }
        phase = HoldSlayerPhase.FINISHED;
        generations.clear();
        learn(outcome, human);
        ports.hangUp(failure);
    }

    private void learn(FlowOutcome outcome, boolean human) {
        if (learned) {
            return;
        }
        learned = true;
        long holdSeconds = holdStarted == null ? 0
                : Duration.between(holdStarted, holdEnded == null ? clock.instant() : holdEnded).toSeconds();
        ports.learn(List.copyOf(steps), outcome, human, holdSeconds);
    }

    private void arm(SlayerTimer timer, Duration delay) {
        long generation = ++lastGeneration;
        generations.put(timer, generation);
        ports.schedule(timer, generation, delay);
    }

    private void cancel(SlayerTimer timer) {
        generations.remove(timer);
    }

    private static String describe(String prompt) {
        return prompt.isBlank() ? "heard nothing" : "heard '" + prompt + "'";
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }
}
