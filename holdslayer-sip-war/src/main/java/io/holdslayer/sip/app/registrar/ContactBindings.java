package io.holdslayer.sip.app.registrar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The location service's table: each device's contacts with their expiry (RFC 3261 §10.3). Returns what
 * changed so that the caller can announce it.
 */
public final class ContactBindings {

    /** One registered contact of a device. */
    public record Binding(String device, String contactUri, Instant expires, String source) {
    }

    /** What a change did: the binding, and whether it is new (added) or gone (removed). */
    public record Change(Binding binding, boolean added) {
    }

    private final Map<String, Map<String, Binding>> byDevice = new ConcurrentHashMap<>();

    /** Adds or refreshes a contact, or removes it when {@code expiresSeconds} is 0. */
    public synchronized List<Change> bind(String device, String contactUri, int expiresSeconds, String source,
                                          Instant now) {
        Map<String, Binding> contacts = byDevice.computeIfAbsent(device, d -> new ConcurrentHashMap<>());
        if (expiresSeconds <= 0) {
            Binding removed = contacts.remove(contactUri);
            return removed == null ? List.of() : List.of(new Change(removed, false));
        }
        Binding binding = new Binding(device, contactUri, now.plusSeconds(expiresSeconds), source);
        Binding previous = contacts.put(contactUri, binding);
        return previous == null ? List.of(new Change(binding, true)) : List.of();
    }

    /** Removes every contact of a device ({@code Contact: *}). */
    public synchronized List<Change> unbindAll(String device) {
        Map<String, Binding> contacts = byDevice.remove(device);
        List<Change> changes = new ArrayList<>();
        if (contacts != null) {
            contacts.values().forEach(b -> changes.add(new Change(b, false)));
        }
        return changes;
    }

    public synchronized List<Change> expire(Instant now) {
        List<Change> changes = new ArrayList<>();
        for (Map<String, Binding> contacts : byDevice.values()) {
            contacts.values().removeIf(b -> {
                boolean expired = !b.expires().isAfter(now);
                if (expired) {
                    changes.add(new Change(b, false));
                }
                return expired;
            });
        }
        return changes;
    }

    public List<Binding> contacts(String device, Instant now) {
        Map<String, Binding> contacts = byDevice.get(device);
        if (contacts == null) {
            return List.of();
        }
        return contacts.values().stream().filter(b -> b.expires().isAfter(now)).toList();
    }

    public List<Binding> all(Instant now) {
        return byDevice.values().stream().flatMap(c -> c.values().stream())
                .filter(b -> b.expires().isAfter(now)).toList();
    }
}
