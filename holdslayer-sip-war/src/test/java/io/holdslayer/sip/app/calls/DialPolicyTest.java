package io.holdslayer.sip.app.calls;

import io.holdslayer.api.call.CallControlException;
import io.holdslayer.sip.app.config.SipAppSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DialPolicyTest {

    private final DialPolicy policy = new DialPolicy(List.of("\\+1[0-9]*", "\\+44[0-9]*"), SipAppSettings.DEFAULT_DENY);

    @Test
    void acceptsAllowedE164NumbersInCanonicalForm() throws Exception {
        assertEquals("+15551234567", policy.check("+1 (555) 123-4567"));
        assertEquals("+442071234567", policy.check("+44 20 7123 4567"));
    }

    @Test
    void refusesMalformedNumbersAsInvalid() {
        for (String bad : new String[]{"5551234567", "+0123456789", "+1555", "+1555123456789012", "+1555abc1234", null}) {
            assertEquals(CallControlException.Reason.INVALID,
                    assertThrows(CallControlException.class, () -> policy.check(bad)).reason(), bad);
        }
    }

    @Test
    void refusesPremiumRateAndNumbersOffTheList() {
        assertEquals(CallControlException.Reason.REFUSED,
                assertThrows(CallControlException.class, () -> policy.check("+19005550100")).reason());
        assertEquals(CallControlException.Reason.REFUSED,
                assertThrows(CallControlException.class, () -> policy.check("+449098790000")).reason());
        assertEquals(CallControlException.Reason.REFUSED,
                assertThrows(CallControlException.class, () -> policy.check("+33123456789")).reason());
    }

    @Test
    void anEmptyAllowListAllowsNothing() {
        assertThrows(CallControlException.class, () -> new DialPolicy(List.of(), List.of()).check("+15551234567"));
    }
}
