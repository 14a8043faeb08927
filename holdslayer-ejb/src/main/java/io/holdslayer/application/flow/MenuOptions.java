package io.holdslayer.application.flow;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the options a menu prompt announces ("for billing, press 1", "press 2 for technical support", "to
 * speak to an agent press 0") into digit → phrase. Spoken digits ("press one") count as digits.
 */
public final class MenuOptions {

    private static final String DIGIT = "(\\d|zero|one|two|three|four|five|six|seven|eight|nine|star|pound|hash)";
    private static final Pattern PHRASE_THEN_DIGIT =
            Pattern.compile("(?:for|to|if you(?:'d| would)? like to|if you want to)\\s+([^.,;?!]{2,80}?)[,]?\\s+(?:please\\s+)?(?:press|dial|say)\\s+" + DIGIT);
    private static final Pattern DIGIT_THEN_PHRASE =
            Pattern.compile("(?:press|dial)\\s+" + DIGIT + "\\s+(?:for|to)\\s+([^.,;?!]{2,80})");
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("zero", "0"), Map.entry("one", "1"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("star", "*"), Map.entry("pound", "#"), Map.entry("hash", "#"));

    private MenuOptions() {
    }

    /** The announced options in the order heard; empty when the prompt announces none. */
    public static Map<String, String> parse(String prompt) {
        Map<String, String> options = new LinkedHashMap<>();
        if (prompt == null) {
            return options;
        }
        String text = prompt.toLowerCase(Locale.ROOT);
        Matcher matcher = PHRASE_THEN_DIGIT.matcher(text);
        while (matcher.find()) {
            options.putIfAbsent(digit(matcher.group(2)), matcher.group(1).trim());
        }
        matcher = DIGIT_THEN_PHRASE.matcher(text);
        while (matcher.find()) {
            options.putIfAbsent(digit(matcher.group(1)), matcher.group(2).trim());
        }
        return options;
    }

    private static String digit(String spoken) {
        return WORDS.getOrDefault(spoken, spoken);
    }
}
