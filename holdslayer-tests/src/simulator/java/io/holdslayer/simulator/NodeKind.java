package io.holdslayer.simulator;

/** What a node of a company's scenario does when the call enters it. */
public enum NodeKind {
    /** plays its prompts, waits for a digit, repeats, follows the option pressed */
    MENU,
    /** plays music with a periodic announcement for a while, then goes on to its next node */
    HOLD,
    /** a person answers: plays the greeting, listens, then hangs up */
    AGENT,
    /** plays its prompts (if any) and hangs up */
    HANGUP
}
