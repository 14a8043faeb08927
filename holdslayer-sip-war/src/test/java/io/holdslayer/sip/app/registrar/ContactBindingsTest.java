package io.holdslayer.sip.app.registrar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactBindingsTest {

    private final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void addsRefreshesAndRemovesContacts() {
        ContactBindings bindings = new ContactBindings();
        List<ContactBindings.Change> added = bindings.bind("alice", "sip:alice@10.0.0.1", 60, "10.0.0.1", t0);
        assertEquals(1, added.size());
        assertTrue(added.get(0).added());
        assertTrue(bindings.bind("alice", "sip:alice@10.0.0.1", 120, "10.0.0.1", t0).isEmpty(), "a refresh is no change");
        bindings.bind("alice", "sip:alice@10.0.0.2", 60, "10.0.0.2", t0);
        assertEquals(2, bindings.contacts("alice", t0).size());
        List<ContactBindings.Change> removed = bindings.bind("alice", "sip:alice@10.0.0.2", 0, "10.0.0.2", t0);
        assertEquals(1, removed.size());
        assertTrue(!removed.get(0).added());
        assertEquals(1, bindings.unbindAll("alice").size());
        assertTrue(bindings.contacts("alice", t0).isEmpty());
    }

    @Test
    void expiredContactsAreGoneAndReported() {
        ContactBindings bindings = new ContactBindings();
        bindings.bind("alice", "sip:a@1", 60, "1", t0);
        bindings.bind("alice", "sip:a@2", 120, "2", t0);
        assertEquals(1, bindings.expire(t0.plusSeconds(60)).size());
        assertEquals(List.of("sip:a@2"), bindings.contacts("alice", t0.plusSeconds(60)).stream()
                .map(ContactBindings.Binding::contactUri).toList());
    }
}
