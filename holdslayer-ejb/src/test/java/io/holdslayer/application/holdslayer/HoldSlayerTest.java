package io.holdslayer.application.holdslayer;

import io.holdslayer.api.call.CallMode;
import io.holdslayer.application.ai.IvrAction;
import io.holdslayer.application.flow.FlowNode;
import io.holdslayer.application.flow.FlowOption;
import io.holdslayer.application.flow.FlowOutcome;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HoldSlayerTest {

    private final RecordingPorts ports = new RecordingPorts();

    private static FlowNode bankMenu() {
        FlowNode root = new FlowNode("For billing press 1. For technical support press 2.");
        FlowOption billing = new FlowOption("1", "billing");
        billing.outcome = FlowOutcome.HOLD;
        billing.taken = 3;
        billing.humans = 3;
        FlowOption support = new FlowOption("2", "technical support");
        support.outcome = FlowOutcome.HOLD;
        root.options.addAll(List.of(billing, support));
        return root;
    }

    private HoldSlayer slayer(FlowNode flow, boolean canExplore, CallMode mode) {
        return new HoldSlayer(new HoldSlayerPlan("+15550100", "dispute a charge on my bill", mode, flow == null ? null : 7L,
                flow, canExplore), ports, HoldSlayerSettings.defaults(), Clock.systemUTC());
    }

    private void menu(HoldSlayer slayer, String text) {
        slayer.speechEnded(3.2, true);
        slayer.transcribed(text);
        ports.fire(slayer, SlayerTimer.PROMPT_PAUSE);
    }

    @Test
    void aKnownFlowIsFollowedToHoldAndThePersonIsHandedToThePhone() {
        HoldSlayer slayer = slayer(bankMenu(), false, CallMode.HOLD_SLAYER);
        slayer.connected();
        menu(slayer, "Thank you for calling. For billing press 1. For technical support press 2.");
        assertEquals(List.of("press 1"), ports.actions);
        assertTrue(ports.events.containsAll(List.of("IVR_MENU_DETECTED", "IVR_STEP")));

        slayer.holdDetected();
        assertEquals(HoldSlayerPhase.HOLDING, slayer.phase());
        slayer.speechEnded(4, true);
        slayer.transcribed("Your call is important to us.");
        assertFalse(ports.timers.containsKey(SlayerTimer.PROMPT_PAUSE), "announcements on hold are not menus");

        slayer.humanDetected();
        assertEquals(List.of("press 1", "ring"), ports.actions);
        slayer.transferCompleted(true, "");
        assertEquals(HoldSlayerPhase.BRIDGED, slayer.phase());
        assertEquals(FlowOutcome.HOLD, ports.learnedOutcome);
        assertTrue(ports.learnedHuman);
        assertEquals("1", ports.learnedSteps.get(0).digits());
        assertNull(slayer.ended(), "a bridged call that ends later is a success");
        assertEquals(1, ports.lessons);
    }

    @Test
    void theMenuIsTakenAsHeardOnlyWhenTheCompanyPausesAndEveryPieceIsTranscribed() {
        HoldSlayer slayer = slayer(bankMenu(), false, CallMode.HOLD_SLAYER);
        slayer.connected();
        slayer.speechEnded(1.5, true);
        slayer.speechEnded(2.5, true);
        slayer.transcribed("Thank you for calling.");
        ports.fire(slayer, SlayerTimer.PROMPT_PAUSE);
        assertTrue(ports.actions.isEmpty(), "one piece still being transcribed");
        slayer.transcribed("For billing press 1.");
        assertEquals(List.of("press 1"), ports.actions);
    }

    @Test
    void afterTheFlowsLastStepPleaseHoldIsWaitedOutButANewMenuIsExplored() {
        HoldSlayer slayer = slayer(bankMenu(), true, CallMode.HOLD_SLAYER);
        slayer.connected();
        menu(slayer, "For billing press 1. For technical support press 2.");
        menu(slayer, "Please hold while we try to connect you.");
        assertTrue(ports.asked.isEmpty(), "the flow said the queue comes next");
        menu(slayer, "For disputes press 3. For payments press 4.");
        assertEquals(1, ports.asked.size(), "a menu the flow does not know is explored");
    }

    @Test
    void theRouteFollowsTheIntent() {
        HoldSlayer slayer = new HoldSlayer(new HoldSlayerPlan("+15550100", "my internet is down, technical problem",
                CallMode.HOLD_SLAYER, 7L, bankMenu(), false), ports, HoldSlayerSettings.defaults(), Clock.systemUTC());
        slayer.connected();
        menu(slayer, "For billing press 1. For technical support press 2.");
        assertEquals(List.of("press 2"), ports.actions);
    }

    @Test
    void anUnknownMenuIsExploredWithTheLlmAndItsChoiceIsPressed() {
        HoldSlayer slayer = slayer(null, true, CallMode.HOLD_SLAYER);
        slayer.connected();
        menu(slayer, "Welcome. For billing press 1. For sales press 2.");
        assertEquals(1, ports.asked.size());
        assertEquals("dispute a charge on my bill", ports.asked.get(0).intent());
        assertEquals("Welcome. For billing press 1. For sales press 2.", ports.asked.get(0).promptText());

        slayer.decided(new IvrAction.PressDigits("1"));
        assertEquals(List.of("press 1"), ports.actions);
        assertTrue(ports.events.contains("IVR_EXPLORATION"));

        menu(slayer, "Please enter your account number followed by pound.");
        assertEquals(2, ports.asked.size());
        assertTrue(ports.asked.get(1).history().get(0).contains("pressed 1"), ports.asked.get(1).history().toString());
        slayer.decided(new IvrAction.Wait(Duration.ofSeconds(5)));
        slayer.holdDetected();
        slayer.ended();
        assertEquals("billing", ports.learnedSteps.get(0).label(), "the label is the phrase the menu announced");
        assertEquals(FlowOutcome.HOLD, ports.learnedOutcome);
    }

    @Test
    void theSameMenuThreeTimesMeansStuckAndTheCallIsHungUp() {
        HoldSlayer slayer = slayer(null, false, CallMode.HOLD_SLAYER);
        slayer.connected();
        for (int i = 0; i < 3; i++) {
            slayer.speechEnded(6.0, false);
            ports.fire(slayer, SlayerTimer.PROMPT_PAUSE);
        }
        assertTrue(ports.hungUp);
        assertTrue(ports.failure.startsWith("stuck in the menu"), ports.failure);
        assertEquals(HoldSlayerPhase.FINISHED, slayer.phase());
    }

    @Test
    void silenceWhileWaitingIsAskedAboutAgainButIsNeverAStuckMenu() {
        HoldSlayer slayer = slayer(null, true, CallMode.HOLD_SLAYER);
        slayer.connected();
        menu(slayer, "Please hold.");
        for (int i = 0; i < 4; i++) {
            slayer.decided(new IvrAction.Wait(Duration.ofSeconds(3)));
            ports.fire(slayer, SlayerTimer.NO_PROMPT);
        }
        assertFalse(ports.hungUp, ports.failure);
        assertEquals(5, ports.asked.size());
    }

    @Test
    void aPhoneThatDoesNotAnswerIsRungAgainWhileTheAgentIsKeptThenTheCallFails() {
        HoldSlayer slayer = slayer(bankMenu(), false, CallMode.AI_ASSISTED);
        slayer.connected();
        menu(slayer, "For billing press 1.");
        slayer.holdDetected();
        slayer.humanDetected();
        assertEquals(List.of("press 1", "play connecting", "ring"), ports.actions);
        slayer.transferCompleted(false, "no answer");
        assertFalse(ports.hungUp, "the agent is kept");
        ports.fire(slayer, SlayerTimer.TRANSFER_RETRY);
        slayer.transferCompleted(false, "no answer");
        ports.fire(slayer, SlayerTimer.TRANSFER_RETRY);
        slayer.transferCompleted(false, "busy");
        assertTrue(ports.hungUp);
        assertEquals("the user's phone did not answer after 3 attempts (busy)", ports.failure);
    }

    @Test
    void theCompanyHangingUpDuringHoldIsAFailureWithItsReason() {
        HoldSlayer slayer = slayer(bankMenu(), false, CallMode.HOLD_SLAYER);
        slayer.connected();
        menu(slayer, "For billing press 1.");
        slayer.holdDetected();
        assertEquals("the company hung up during hold", slayer.ended());
        assertFalse(ports.learnedHuman);
    }

    @Test
    void holdThatLastsTooLongIsGivenUp() {
        HoldSlayer slayer = slayer(bankMenu(), false, CallMode.HOLD_SLAYER);
        slayer.connected();
        menu(slayer, "For billing press 1.");
        slayer.holdDetected();
        ports.fire(slayer, SlayerTimer.MAX_HOLD);
        assertTrue(ports.failure.startsWith("gave up after 90 minutes on hold"), ports.failure);
    }

    @Test
    void aStaleTimerIsIgnored() {
        HoldSlayer slayer = slayer(bankMenu(), false, CallMode.HOLD_SLAYER);
        slayer.connected();
        slayer.speechEnded(1, false);
        long first = ports.timers.get(SlayerTimer.PROMPT_PAUSE);
        slayer.speechEnded(1, false);
        slayer.timerFired(SlayerTimer.PROMPT_PAUSE, first);
        assertTrue(ports.actions.isEmpty(), "a newer stretch of speech re-armed the pause");
    }

    @Test
    void withoutLlmAnUnknownMenuIsWaitedOut() {
        HoldSlayer slayer = slayer(bankMenu(), false, CallMode.HOLD_SLAYER);
        slayer.connected();
        menu(slayer, "For billing press 1.");
        menu(slayer, "Please say or enter your date of birth.");
        assertEquals(List.of("press 1"), ports.actions);
        assertTrue(ports.asked.isEmpty());
        assertTrue(ports.timers.containsKey(SlayerTimer.NO_PROMPT));
    }
}
