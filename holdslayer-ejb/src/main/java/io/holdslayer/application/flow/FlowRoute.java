package io.holdslayer.application.flow;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which option of a known menu a call with a given intent takes: the option whose label (or the phrase the
 * prompt announces for its digits) shares the most words with the intent; with no word in common, the option
 * that has reached people most often. Options that led to a hang-up are never chosen.
 */
public final class FlowRoute {

    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "you", "your", "with", "about", "want",
            "would", "like", "speak", "talk", "please", "press", "need", "this", "that", "have", "call", "calling", "them");

    private FlowRoute() {
    }

    public static Optional<FlowOption> choose(FlowNode node, String intent) {
        Set<String> wanted = words(intent);
        var announced = MenuOptions.parse(node.prompt);
        return node.options.stream()
                .filter(o -> o.outcome != FlowOutcome.HANGUP)
                .max(Comparator.<FlowOption>comparingInt(o -> overlap(wanted, o.label + " " + announced.getOrDefault(o.digits, "")))
                        .thenComparingInt(o -> o.humans)
                        .thenComparingInt(o -> o.taken));
    }

    static int overlap(Set<String> wanted, String text) {
        Set<String> have = words(text);
        return (int) wanted.stream().filter(w -> have.stream().anyMatch(h -> h.startsWith(w) || w.startsWith(h))).count();
    }

    static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> w.length() >= 3 && !STOP_WORDS.contains(w))
                .map(w -> w.length() > 5 ? w.substring(0, 5) : w)
                .collect(Collectors.toSet());
    }
}
