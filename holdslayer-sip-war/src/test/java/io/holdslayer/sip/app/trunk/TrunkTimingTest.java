package io.holdslayer.sip.app.trunk;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrunkTimingTest {

    @Test
    void backOffDoublesUpToFiveMinutesAndResets() {
        Backoff backoff = new Backoff();
        assertEquals(List.of(5L, 10L, 20L, 40L, 80L, 160L, 300L, 300L),
                java.util.stream.IntStream.range(0, 8).mapToObj(i -> backoff.nextDelaySeconds()).toList());
        backoff.reset();
        assertEquals(5, backoff.nextDelaySeconds());
    }

    @Test
    void refreshesWellBeforeTheRegistrationLapses() {
        assertEquals(2880, Backoff.refreshDelaySeconds(3600));
        assertEquals(48, Backoff.refreshDelaySeconds(60));
        assertEquals(5, Backoff.refreshDelaySeconds(10));
    }

    @Test
    void trunkSourcesMatchAddressAndPortOrAnyPort() {
        TrunkAddresses defaults = TrunkAddresses.of(List.of(), "127.0.0.1", 5070);
        assertTrue(defaults.contains("127.0.0.1", 5070));
        assertFalse(defaults.contains("127.0.0.1", 5071), "a device on the same host is not the trunk");
        TrunkAddresses configured = TrunkAddresses.of(List.of("192.0.2.10", "192.0.2.20:5060"), "ignored", 1);
        assertTrue(configured.contains("192.0.2.10", 40000));
        assertTrue(configured.contains("192.0.2.20", 5060));
        assertFalse(configured.contains("192.0.2.20", 5061));
    }
}
