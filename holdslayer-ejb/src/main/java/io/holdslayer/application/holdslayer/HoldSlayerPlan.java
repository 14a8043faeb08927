package io.holdslayer.application.holdslayer;

import io.holdslayer.api.call.CallMode;
import io.holdslayer.application.flow.FlowNode;

/**
 * What a hold slayer sets out to do.
 *
 * @param number     the company's number
 * @param intent     what the user wants, in words
 * @param mode       {@link CallMode#HOLD_SLAYER}, or {@link CallMode#AI_ASSISTED} (which also speaks to the agent)
 * @param flowId     the call flow followed, or null
 * @param flow       its first menu, or null to explore
 * @param canExplore whether an LLM may choose at menus the flow does not know
 */
public record HoldSlayerPlan(String number, String intent, CallMode mode, Long flowId, FlowNode flow,
                             boolean canExplore) {
}
