package io.holdslayer.web.events;

import io.holdslayer.api.event.EventType;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The {@code types} filter of REST and WebSocket clients: a comma-separated list of event names. */
public final class EventFilter {

    private EventFilter() {
    }

    /**
     * @return the set of types, or an empty set (meaning all types) when the text is null or blank
     * @throws IllegalArgumentException naming the unknown type
     */
    public static Set<EventType> parseTypes(String text) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        if (text == null || text.isBlank()) {
            return types;
        }
        for (String name : text.split(",")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                types.add(EventType.valueOf(trimmed));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown event type '" + trimmed + "'; known types: "
                        + Arrays.toString(EventType.values()));
            }
        }
        return types;
    }

    public static boolean accepts(Set<EventType> filter, EventType type) {
        return filter.isEmpty() || filter.contains(type);
    }
}
