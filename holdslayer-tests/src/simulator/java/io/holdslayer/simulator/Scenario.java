package io.holdslayer.simulator;

import java.util.Map;

/**
 * A company reached at one number: how its line answers, an optional digest account the caller must prove on
 * INVITE, and the nodes of its call flow, entered at {@code start}.
 */
public record Scenario(String number, String name, Answer answer, double ringSeconds, String authUser,
                       String authPassword, String start, Map<String, Node> nodes) {

    public Node node(String id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException(number + ": no node '" + id + "'");
        }
        return node;
    }

    public boolean demandsAuth() {
        return authUser != null;
    }
}
