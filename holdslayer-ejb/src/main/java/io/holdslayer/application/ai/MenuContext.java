package io.holdslayer.application.ai;

import java.util.List;

/** What the chooser knows when a menu has been heard. */
public record MenuContext(String number, String intent, String promptText, List<String> history) {
}
