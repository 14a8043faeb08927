package io.holdslayer.application.holdslayer;

import java.time.Duration;

/**
 * How patient the hold slayer is.
 *
 * @param inputPause       silence after a prompt that means the menu waits for input
 * @param noPrompt         time without any prompt after which a silent menu is assumed
 * @param maxHold          the longest wait on hold
 * @param maxSteps         the most menu steps before the call counts as stuck
 * @param menuRepeats      hearing the same menu this often means we are stuck
 * @param transferAttempts how often the user's phone is rung before giving up
 * @param transferRetry    the pause between two rings of the user's phone
 */
public record HoldSlayerSettings(Duration inputPause, Duration noPrompt, Duration maxHold, int maxSteps,
                                 int menuRepeats, int transferAttempts, Duration transferRetry) {

    public static HoldSlayerSettings defaults() {
        return new HoldSlayerSettings(Duration.ofMillis(1500), Duration.ofSeconds(15), Duration.ofMinutes(90), 12, 3,
                3, Duration.ofSeconds(10));
    }
}
