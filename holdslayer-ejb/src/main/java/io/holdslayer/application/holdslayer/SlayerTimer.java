package io.holdslayer.application.holdslayer;

/** The hold slayer's timers. */
public enum SlayerTimer {
    /** The company stopped speaking long enough: the menu is waiting for input. */
    PROMPT_PAUSE,
    /** Nothing was said since we answered or pressed: act as if a silent menu waits. */
    NO_PROMPT,
    /** The longest we wait on hold. */
    MAX_HOLD,
    /** Ring the user's phone again after it did not answer. */
    TRANSFER_RETRY
}
