package io.holdslayer.application.ai;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IvrActionTest {

    @Test
    void onlyDialableDigitsCanBePressed() {
        assertDoesNotThrow(() -> new IvrAction.PressDigits("0123456789*#"));
        assertThrows(IllegalArgumentException.class, () -> new IvrAction.PressDigits("1a"));
        assertThrows(IllegalArgumentException.class, () -> new IvrAction.PressDigits(""));
        assertThrows(IllegalArgumentException.class, () -> new IvrAction.PressDigits(null));
    }

    @Test
    void waitsArePositiveAndWordsAreSaid() {
        assertThrows(IllegalArgumentException.class, () -> new IvrAction.Wait(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new IvrAction.Say(" "));
        assertEquals("", new IvrAction.HangUp(null).reason());
    }
}
