package io.holdslayer.application.flow;

/** Where pressing an option led. */
public enum FlowOutcome {
    /** Another menu. */
    MENU,
    /** A hold queue. */
    HOLD,
    /** A live person, at once or after hold. */
    HUMAN,
    /** The company hung up. */
    HANGUP,
    /** Not known yet (the call ended before anything followed). */
    UNKNOWN
}
