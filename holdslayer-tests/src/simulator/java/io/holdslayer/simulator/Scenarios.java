package io.holdslayer.simulator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Reads the scenario file: a Java properties file whose keys start with the dialled number. See docs/testing.md
 * for the keys; {@code NUMBER.node.ID.FIELD} defines the nodes.
 */
public final class Scenarios {

    private Scenarios() {
    }

    public static Map<String, Scenario> load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        TreeSet<String> numbers = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            numbers.add(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')));
        }
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        for (String number : numbers) {
            scenarios.put(number, scenario(number, new Keys(properties, number + ".")));
        }
        return scenarios;
    }

    private static Scenario scenario(String number, Keys keys) {
        TreeSet<String> ids = new TreeSet<>();
        for (String key : keys.names("node.")) {
            ids.add(key.substring(0, key.indexOf('.')));
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (String id : ids) {
            nodes.put(id, node(id, keys.under("node." + id + ".")));
        }
        Answer answer = Answer.valueOf(keys.get("answer", "answer").toUpperCase(Locale.ROOT).replace('-', '_'));
        Scenario scenario = new Scenario(number, keys.get("name", number), answer, keys.number("ring", 1),
                keys.get("auth.user", null), keys.get("auth.password", null), keys.get("start", "main"), nodes);
        if (answer == Answer.ANSWER) {
            scenario.node(scenario.start());
        }
        return scenario;
    }

    private static Node node(String id, Keys keys) {
        NodeKind kind = NodeKind.valueOf(keys.get("type", "menu").toUpperCase(Locale.ROOT));
        Map<String, String> options = new LinkedHashMap<>();
        for (String digit : keys.names("option.")) {
            options.put(digit, keys.get("option." + digit, null));
        }
        Prompt music = keys.get("music", null) == null ? null : new Prompt(keys.get("music", null), "");
        Prompt announcement = keys.get("announce", null) == null ? null
                : new Prompt(keys.get("announce", null), keys.get("announce.text", ""));
        return new Node(id, kind, prompts(keys.get("prompt", ""), keys.get("text", "")), keys.number("timeout", 5),
                (int) keys.number("repeat", 3), options, keys.get("next", null), music, announcement,
                keys.number("announce.every", 0), keys.number("duration", 0), keys.number("stay", -1));
    }

    /** Sources and texts are lists separated by {@code |}, matched by position. */
    static List<Prompt> prompts(String sources, String texts) {
        List<Prompt> prompts = new ArrayList<>();
        String[] text = texts.split("\\|");
        String[] source = sources.split("\\|");
        for (int i = 0; i < source.length; i++) {
            if (!source[i].isBlank()) {
                prompts.add(new Prompt(source[i].strip(), i < text.length ? text[i].strip() : ""));
            }
        }
        return prompts;
    }

    /** The keys under one prefix. */
    private record Keys(Properties properties, String prefix) {

        Keys under(String more) {
            return new Keys(properties, prefix + more);
        }

        String get(String key, String fallback) {
            String value = properties.getProperty(prefix + key);
            return value == null ? fallback : value.strip();
        }

        double number(String key, double fallback) {
            String value = get(key, null);
            return value == null ? fallback : Double.parseDouble(value);
        }

        List<String> names(String start) {
            List<String> names = new ArrayList<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(prefix + start)) {
                    names.add(key.substring((prefix + start).length()));
                }
            }
            names.sort(null);
            return names;
        }
    }
}
