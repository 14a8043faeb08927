package io.holdslayer.api.call;

/** How the gateway runs a call. */
public enum CallMode {
    /** Connect the user straight away, no navigation. */
    DIRECT,
    /** Navigate the menu, wait on hold, transfer when a human answers. */
    HOLD_SLAYER,
    /** Like {@link #HOLD_SLAYER}, with an LLM exploring menus it does not yet know. */
    AI_ASSISTED
}
