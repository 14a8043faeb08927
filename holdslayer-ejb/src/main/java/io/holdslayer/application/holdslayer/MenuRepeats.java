package io.holdslayer.application.holdslayer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts how often the same menu was heard. A menu is known by its words when it was transcribed, else by
 * the length of its speech in half seconds (a recorded menu plays at the same length every time).
 */
final class MenuRepeats {

    private final Map<String, Integer> heard = new HashMap<>();

    /** Counts the menu and returns how often it has now been heard; silence is no menu and counts 0. */
    int heard(String prompt, double speechSeconds) {
        if ((prompt == null || prompt.isBlank()) && speechSeconds < 0.5) {
            return 0;
        }
        String key = prompt == null || prompt.isBlank()
                ? "audio:" + Math.round(speechSeconds * 2)
                : prompt.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
        return heard.merge(key, 1, Integer::sum);
    }
}
