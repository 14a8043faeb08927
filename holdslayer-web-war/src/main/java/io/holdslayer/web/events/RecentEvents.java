package io.holdslayer.web.events;

import io.holdslayer.api.event.EventType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;

/**
 * The last {@value #CAPACITY} events, kept as their JSON text in id order, for clients that join late. Events
 * published by concurrent transactions can arrive slightly out of id order; they are slotted into place, so a
 * client asking for "after id N" never misses one that arrived late.
 */
@ApplicationScoped
public class RecentEvents {

    public static final int CAPACITY = 1000;

    private final LinkedList<Entry> entries = new LinkedList<>();

    public synchronized void add(long id, EventType type, String json) {
        ListIterator<Entry> fromNewest = entries.listIterator(entries.size());
        while (fromNewest.hasPrevious()) {
            if (fromNewest.previous().id < id) {
                fromNewest.next();
                break;
            }
        }
        fromNewest.add(new Entry(id, type, json));
        if (entries.size() > CAPACITY) {
            entries.removeFirst();
        }
    }

    /** Events with an id above {@code since}, oldest first, at most {@code limit} of them. */
    public synchronized List<String> after(long since, Set<EventType> types, int limit) {
        List<String> newestFirst = new ArrayList<>();
        ListIterator<Entry> fromNewest = entries.listIterator(entries.size());
        while (fromNewest.hasPrevious()) {
            Entry entry = fromNewest.previous();
            if (entry.id <= since) {
                break;
            }
            if (EventFilter.accepts(types, entry.type)) {
                newestFirst.add(entry.json);
            }
        }
        Collections.reverse(newestFirst);
        return newestFirst.size() > limit ? List.copyOf(newestFirst.subList(0, limit)) : newestFirst;
    }

    private record Entry(long id, EventType type, String json) {
    }
}
