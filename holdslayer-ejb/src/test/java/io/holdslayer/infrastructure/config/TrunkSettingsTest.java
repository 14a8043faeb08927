package io.holdslayer.infrastructure.config;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrunkSettingsTest {

    private static TrunkSettings trunk(String username, String password, List<String> allow) {
        return new TrunkSettings("sip.example.net", 5060, "UDP", username, password, "", 3600, "rfc4733", allow);
    }

    @Test
    void aTrunkWithAUserNameRegistersOneWithoutIsIpAuthenticated() {
        assertTrue(trunk("acct", "pw", List.of()).registers());
        assertFalse(trunk("", "", List.of()).registers());
        assertFalse(new TrunkSettings("", 5060, "udp", "", "", "", 3600, "info", List.of()).configured());
    }

    @Test
    void onlyAllowListedNumbersMayBeDialled() {
        TrunkSettings trunk = trunk("", "", List.of("\\+1800[0-9]{7}", "\\+4420[0-9]{8}"));

        assertTrue(trunk.allows("+1 800 555-0100"));
        assertTrue(trunk.allows("+442079460000"));
        assertFalse(trunk.allows("+19005550100"), "premium-rate number");
        assertFalse(trunk.allows("+1800555010;ext=1"));
        assertFalse(trunk.allows(null));
        assertFalse(trunk("", "", List.of()).allows("+18005550100"), "an empty allow-list allows nothing");
    }

    @Test
    void badValuesAreRefusedWithTheKeyNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TrunkSettings("h", 5060, "sctp", "", "",
                "", 3600, "rfc4733", List.of())).getMessage().startsWith("holdslayer.trunk.transport"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> trunk("acct", "", List.of()))
                .getMessage().startsWith("holdslayer.trunk.password"));
        assertThrows(java.util.regex.PatternSyntaxException.class, () -> trunk("", "", List.of("+1[")));
    }
}
