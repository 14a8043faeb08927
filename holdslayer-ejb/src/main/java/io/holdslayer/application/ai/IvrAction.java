package io.holdslayer.application.ai;

import java.time.Duration;

/** What to do at a menu. */
public sealed interface IvrAction {

    record PressDigits(String digits) implements IvrAction {
    }

    record Wait(Duration duration) implements IvrAction {
    }

    record Say(String text) implements IvrAction {
    }

    record HangUp(String reason) implements IvrAction {
    }
}
