package io.holdslayer.simulator;

import java.util.List;
import java.util.Map;

/**
 * A step of a company's scenario. Which fields count depends on the kind: a menu has prompts, a timeout, a repeat
 * count (0: forever), options and the node taken when the repeats run out; a hold has music, an announcement, its
 * period and a duration before its next node; an agent has its greeting (the prompts) and how long it stays
 * listening ({@code stay} &lt; 0: until the caller hangs up); a hang-up has optional parting prompts.
 */
public record Node(String id, NodeKind kind, List<Prompt> prompts, double timeout, int repeat,
                   Map<String, String> options, String next, Prompt music, Prompt announcement,
                   double announceEvery, double duration, double stay) {
}
