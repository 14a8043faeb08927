package io.holdslayer.application.call;

import io.holdslayer.api.call.CallControlException;
import io.holdslayer.api.event.EventType;
import io.holdslayer.application.ai.AiUnavailableException;
import io.holdslayer.application.ai.IvrAction;
import io.holdslayer.application.ai.MenuContext;
import io.holdslayer.application.flow.FlowOutcome;
import io.holdslayer.application.flow.FlowStep;
import io.holdslayer.application.holdslayer.HoldSlayerPorts;
import io.holdslayer.application.holdslayer.SlayerTimer;
import jakarta.json.JsonObject;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * One call's hold slayer acting on the gateway: digits, transfers and prompts through the SIP plane, LLM choices
 * and timers handed back into the call's lane, lessons to the call flow learner. Failures of an action are
 * logged; the hold slayer learns of their consequences through the call's events.
 */
final class SlayerPorts implements HoldSlayerPorts {

    private static final Logger LOG = Logger.getLogger(SlayerPorts.class.getName());

    private final ActiveCall call;
    private final CallManager manager;

    SlayerPorts(ActiveCall call, CallManager manager) {
        this.call = call;
        this.manager = manager;
    }

    @Override
    public void pressDigits(String digits) {
        sip("press " + digits, () -> manager.sip().control().sendDtmf(call.id, digits));
    }

    @Override
    public void ringDevice() {
        sip("ring " + call.device, () -> manager.sip().control().transfer(call.id, call.device));
    }

    @Override
    public void playConnecting() {
        manager.services().prompts().file().ifPresentOrElse(this::play,
                () -> LOG.warning("no connecting prompt: configure holdslayer.tts.base-url or build with the bundled prompt"));
        call.uses("tts");
    }

    @Override
    public void stopPlaying() {
        sip("stop playing", () -> manager.sip().control().stopPlayingToCompany(call.id));
    }

    @Override
    public void say(String text) {
        manager.services().prompts().spoken(text).ifPresent(this::play);
    }

    private void play(Path file) {
        sip("play " + file.getFileName(), () -> manager.sip().control().playToCompany(call.id, file.toString()));
    }

    @Override
    public void choose(MenuContext context) {
        call.uses("llm");
        manager.executor().execute(() -> {
            try {
                IvrAction action = manager.services().chooser().choose(context);
                manager.inLane(call.id, () -> call.slayer.decided(action));
            } catch (AiUnavailableException | RuntimeException e) {
                manager.inLane(call.id, () -> call.slayer.decisionFailed(e.getMessage()));
            }
        });
    }

    @Override
    public void schedule(SlayerTimer timer, long generation, Duration delay) {
        manager.scheduler().schedule(() -> manager.inLane(call.id, () -> call.slayer.timerFired(timer, generation)),
                delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void publish(EventType type, JsonObject payload) {
        manager.events().publish(type, call.id, payload);
    }

    @Override
    public void hangUp(String failure) {
        LOG.info(() -> "call " + call.id + ": the hold slayer hangs up" + (failure == null ? "" : ": " + failure));
        call.failure = failure;
        if (failure == null) {
            sip("hang up", () -> manager.sip().control().hangUp(call.id));
        } else {
            sip("hang up", () -> manager.sip().control().fail(call.id, failure));
        }
    }

    @Override
    public void learn(List<FlowStep> steps, FlowOutcome outcome, boolean human, long holdSeconds) {
        try {
            Long flowId = manager.services().learner().learn(call.number, call.flowId, steps, outcome, human, holdSeconds);
            if (flowId != null && call.flowId == null) {
                call.flowId = flowId;
                manager.services().records().followFlow(call.id, flowId);
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "call " + call.id + ": the call flow could not learn: " + e);
        }
    }

    private interface SipAction {
        void run() throws CallControlException;
    }

    private void sip(String what, SipAction action) {
        try {
            action.run();
        } catch (CallControlException | RuntimeException e) {
            LOG.info(() -> "call " + call.id + ": could not " + what + ": " + e.getMessage());
        }
    }
}
