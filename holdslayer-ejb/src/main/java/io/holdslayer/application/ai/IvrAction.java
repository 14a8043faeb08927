package io.holdslayer.application.ai;

import java.time.Duration;
import java.util.Objects;

/** One step the gateway takes in a company's phone menu. */
public sealed interface IvrAction {

    /** Sends DTMF digits ({@code 0-9 * #}). */
    record PressDigits(String digits) implements IvrAction {
        public PressDigits {
            if (digits == null || !digits.matches("[0-9*#]{1,32}")) {
                throw new IllegalArgumentException("digits must be 1-32 of 0-9 * #, got " + digits);
            }
        }
    }

    /** Listens on without acting, e.g. while the menu is still being read out. */
    record Wait(Duration duration) implements IvrAction {
        public Wait {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a wait must be positive, got " + duration);
            }
        }
    }

    /** Speaks to a voice menu ("billing", "representative"). */
    record Say(String text) implements IvrAction {
        public Say {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("say needs words");
            }
        }
    }

    /** Gives up on this call. */
    record HangUp(String reason) implements IvrAction {
        public HangUp {
            reason = Objects.requireNonNullElse(reason, "").trim();
        }
    }
}
