package io.holdslayer.web.events;

import io.holdslayer.api.event.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentEventsTest {

    @Test
    void returnsWhatCameAfterTheGivenIdOldestFirst() {
        RecentEvents recent = new RecentEvents();
        for (long id = 1; id <= 5; id++) {
            recent.add(id, EventType.CALL_STARTED, "e" + id);
        }

        assertEquals(List.of("e4", "e5"), recent.after(3, Set.of(), 1000));
        assertEquals(List.of("e1", "e2"), recent.after(0, Set.of(), 2));
        assertTrue(recent.after(5, Set.of(), 1000).isEmpty());
    }

    @Test
    void keepsOnlyTheLastThousand() {
        RecentEvents recent = new RecentEvents();
        for (long id = 1; id <= 1500; id++) {
            recent.add(id, EventType.AUDIO_CLASSIFIED, "e" + id);
        }

        List<String> all = recent.after(0, Set.of(), 1000);
        assertEquals(1000, all.size());
        assertEquals("e501", all.get(0));
        assertEquals("e1500", all.get(999));
    }

    @Test
    void anEventThatArrivesLateIsSlottedIntoItsPlace() {
        RecentEvents recent = new RecentEvents();
        recent.add(1, EventType.CALL_STARTED, "e1");
        recent.add(3, EventType.CALL_RINGING, "e3");
        recent.add(2, EventType.HOLD_DETECTED, "e2");

        assertEquals(List.of("e2", "e3"), recent.after(1, Set.of(), 1000));
        assertEquals(List.of("e3"), recent.after(2, Set.of(), 1000));
    }

    @Test
    void filtersByType() {
        RecentEvents recent = new RecentEvents();
        recent.add(1, EventType.CALL_STARTED, "e1");
        recent.add(2, EventType.HOLD_DETECTED, "e2");
        recent.add(3, EventType.HUMAN_DETECTED, "e3");

        assertEquals(List.of("e2", "e3"),
                recent.after(0, EventFilter.parseTypes("HOLD_DETECTED, HUMAN_DETECTED"), 1000));
    }

    @Test
    void anUnknownTypeIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventFilter.parseTypes("CALL_STARTED,CALL_EXPLODED"));
        assertTrue(e.getMessage().startsWith("unknown event type 'CALL_EXPLODED'"), e.getMessage());
    }
}
