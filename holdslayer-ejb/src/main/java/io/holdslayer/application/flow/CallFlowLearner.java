package io.holdslayer.application.flow;

import io.holdslayer.domain.model.flow.CallFlow;
import io.holdslayer.domain.model.flow.CallFlowRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Builds each number's phone tree from the calls made to it: an exploration's steps (prompt heard → digits
 * pressed → where it led) are merged into the number's flow, creating it on the first exploration, and every
 * call that followed or extended the flow counts in its statistics (calls, people reached, hold time). The
 * next call to that number then runs in flow mode.
 */
@Stateless
public class CallFlowLearner {

    private static final Logger LOG = Logger.getLogger(CallFlowLearner.class.getName());

    @Inject
    CallFlowRepository flows;

    private final Clock clock = Clock.systemUTC();

    /**
     * Learns from one finished call.
     *
     * @param flowId      the flow the call followed, or null
     * @param steps       the menu steps the call took, in order
     * @param outcome     where the last step led
     * @param human       whether the call reached a person
     * @param holdSeconds time spent on hold
     * @return the id of the flow that learned, or null when there was nothing to learn
     */
    public Long learn(String number, Long flowId, List<FlowStep> steps, FlowOutcome outcome, boolean human,
                      long holdSeconds) {
        CallFlow flow = flowId != null ? flows.find(flowId).orElse(null) : null;
        if (flow == null) {
            flow = flows.forNumber(number).stream().findFirst().orElse(null);
        }
        if (flow == null && steps.isEmpty()) {
            return null;
        }
        FlowNode root;
        if (flow == null) {
            root = new FlowNode();
            flow = new CallFlow(number, number, FlowJson.write(root), clock.instant());
        } else {
            try {
                root = FlowJson.readRoot(flow.definition());
            } catch (InvalidFlowException e) {
                LOG.warning(() -> "call flow of " + number + " not extended: " + e.getMessage());
                return flow.id();
            }
        }
        FlowMerge.merge(root, steps, outcome, human, holdSeconds);
        flow.revise(FlowJson.write(root), clock.instant());
        flow.recordOutcome(human, holdSeconds, clock.instant());
        flows.store(flow);
        return flow.id() != null ? flow.id() : flows.forNumber(number).get(0).id();
    }
}
