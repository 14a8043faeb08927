package io.holdslayer.application.flow;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import java.util.regex.Pattern;

/** Reads and writes call flow documents, refusing any that could not be followed safely. */
public final class FlowJson {

    static final int MAX_DEPTH = 16;
    static final int MAX_OPTIONS = 16;
    static final int MAX_NODES = 500;
    private static final Pattern DIGITS = Pattern.compile("[0-9*#A-Da-d]{1,32}");
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{2,20}");

    private static volatile Jsonb jsonb;

    private FlowJson() {
    }

    public static String write(FlowDocument document) {
        return json().toJson(document);
    }

    public static String write(FlowNode root) {
        return json().toJson(root);
    }

    /** @throws InvalidFlowException when the text is not a flow document or breaks a rule */
    public static FlowDocument read(String text) throws InvalidFlowException {
        FlowDocument document;
        try {
            document = json().fromJson(text, FlowDocument.class);
        } catch (JsonbException | IllegalArgumentException e) {
            throw new InvalidFlowException("not a call flow document: " + rootCause(e));
        }
        if (document == null) {
            throw new InvalidFlowException("not a call flow document: empty");
        }
        if (document.number == null || !NUMBER.matcher(document.number).matches()) {
            throw new InvalidFlowException("number must be a phone number such as +15550100, got '" + document.number + "'");
        }
        if (document.name == null || document.name.isBlank() || document.name.length() > 200) {
            throw new InvalidFlowException("name is required (1-200 characters)");
        }
        if (document.root == null) {
            throw new InvalidFlowException("root (the first menu) is required");
        }
        check(document.root, "root", 1, new int[1]);
        return document;
    }

    /** The stored tree of a flow (its root menu). */
    public static FlowNode readRoot(String definition) throws InvalidFlowException {
        FlowNode root;
        try {
            root = json().fromJson(definition, FlowNode.class);
        } catch (JsonbException e) {
            throw new InvalidFlowException("stored call flow is not readable: " + rootCause(e));
        }
        check(root, "root", 1, new int[1]);
        return root;
    }

    private static void check(FlowNode node, String path, int depth, int[] nodes) throws InvalidFlowException {
        if (depth > MAX_DEPTH) {
            throw new InvalidFlowException(path + ": menus nest deeper than " + MAX_DEPTH);
        }
        if (++nodes[0] > MAX_NODES) {
            throw new InvalidFlowException("more than " + MAX_NODES + " menus");
        }
        if (node.prompt == null) {
            node.prompt = "";
        }
        if (node.prompt.length() > 4000) {
            throw new InvalidFlowException(path + ".prompt is longer than 4000 characters");
        }
        if (node.options == null) {
            node.options = new java.util.ArrayList<>();
        }
        if (node.options.size() > MAX_OPTIONS) {
            throw new InvalidFlowException(path + " has more than " + MAX_OPTIONS + " options");
        }
        for (int i = 0; i < node.options.size(); i++) {
            checkOption(node.options.get(i), path + ".options[" + i + "]", depth, nodes);
        }
    }

    private static void checkOption(FlowOption option, String path, int depth, int[] nodes) throws InvalidFlowException {
        if (option == null) {
            throw new InvalidFlowException(path + " is null");
        }
        if (option.digits == null || !DIGITS.matcher(option.digits).matches()) {
            throw new InvalidFlowException(path + ".digits must be 1-32 of 0-9 * # A-D, got '" + option.digits + "'");
        }
        option.label = option.label == null ? "" : option.label;
        option.outcome = option.outcome == null ? FlowOutcome.UNKNOWN : option.outcome;
        if (option.taken < 0 || option.humans < 0 || option.holdSeconds < 0 || option.humans > option.taken) {
            throw new InvalidFlowException(path + ": counts must be non-negative and humans at most taken");
        }
        if (option.next != null) {
            check(option.next, path + ".next", depth + 1, nodes);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static Jsonb json() {
        Jsonb current = jsonb;
        if (current == null) {
            current = JsonbBuilder.create();
            jsonb = current;
        }
        return current;
    }
}
