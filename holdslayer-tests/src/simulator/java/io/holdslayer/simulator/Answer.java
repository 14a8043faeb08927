package io.holdslayer.simulator;

/** How a company's line answers an INVITE. */
public enum Answer {
    /** rings, then 200 OK */
    ANSWER,
    /** 486 Busy Here */
    BUSY,
    /** 180 Ringing, and nothing more until the caller cancels */
    NO_ANSWER
}
