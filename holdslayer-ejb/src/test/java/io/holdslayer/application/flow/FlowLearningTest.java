package io.holdslayer.application.flow;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlowLearningTest {

    @Test
    void menuOptionsAreReadFromPromptsInEitherOrderAndWithSpokenDigits() {
        assertEquals(Map.of("1", "billing", "2", "technical support", "0", "reach an operator"),
                MenuOptions.parse("For billing, press 1. Press two for technical support. To reach an operator press zero."));
        assertTrue(MenuOptions.parse("Your call is important to us.").isEmpty());
    }

    @Test
    void explorationsMergeIntoOneTreeWithStatistics() {
        FlowNode root = new FlowNode();
        FlowMerge.merge(root, List.of(new FlowStep("For billing press 1", "1", "billing"),
                new FlowStep("Enter your account number", "1234#", "account")), FlowOutcome.HOLD, true, 60);
        FlowMerge.merge(root, List.of(new FlowStep("For billing press 1", "1", "billing"),
                new FlowStep("", "1234#", "")), FlowOutcome.HOLD, false, 30);
        FlowMerge.merge(root, List.of(new FlowStep("", "2", "sales")), FlowOutcome.HANGUP, false, 0);

        assertEquals("For billing press 1", root.prompt);
        assertEquals(2, root.options.size());
        FlowOption billing = root.option("1");
        assertEquals(FlowOutcome.MENU, billing.outcome);
        assertEquals(2, billing.taken);
        FlowOption account = billing.next.option("1234#");
        assertEquals("Enter your account number", billing.next.prompt);
        assertEquals(2, account.taken);
        assertEquals(1, account.humans);
        assertEquals(90, account.holdSeconds);
        assertEquals(FlowOutcome.HANGUP, root.option("2").outcome);
    }

    @Test
    void theRouteAvoidsHangUpsAndPrefersWhatReachedPeople() {
        FlowNode root = new FlowNode("");
        FlowOption a = new FlowOption("1", "");
        a.outcome = FlowOutcome.HANGUP;
        a.humans = 0;
        FlowOption b = new FlowOption("3", "");
        b.outcome = FlowOutcome.HOLD;
        b.taken = 2;
        b.humans = 2;
        root.options.addAll(List.of(a, b));
        assertEquals("3", FlowRoute.choose(root, "anything").orElseThrow().digits);
    }

    @Test
    void documentsRoundTripAndBadOnesAreRefusedWithWhere() throws Exception {
        FlowDocument document = new FlowDocument();
        document.number = "+15550100";
        document.name = "Acme Bank";
        document.root = new FlowNode("For billing press 1");
        document.root.options.add(new FlowOption("1", "billing"));
        FlowDocument back = FlowJson.read(FlowJson.write(document));
        assertEquals("billing", back.root.options.get(0).label);
        assertNull(back.root.options.get(0).next);

        InvalidFlowException digits = assertThrows(InvalidFlowException.class, () -> FlowJson.read(
                "{\"number\":\"+15550100\",\"name\":\"x\",\"root\":{\"options\":[{\"digits\":\"1;rm\"}]}}"));
        assertTrue(digits.getMessage().contains("root.options[0].digits"), digits.getMessage());
        assertThrows(InvalidFlowException.class, () -> FlowJson.read("{\"number\":\"call me\",\"name\":\"x\",\"root\":{}}"));
        assertThrows(InvalidFlowException.class, () -> FlowJson.read("not json"));
    }
}
