package io.holdslayer.application.holdslayer;

/** Where a hold slayer is: {@code DIALING → NAVIGATING → HOLDING → TRANSFERRING → BRIDGED}, or {@code FINISHED}. */
public enum HoldSlayerPhase {
    DIALING,
    NAVIGATING,
    HOLDING,
    TRANSFERRING,
    BRIDGED,
    FINISHED
}
