package io.holdslayer.sip.ra.inbound;

import jakarta.resource.spi.InvalidPropertyException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipActivationSpecTest {

    @Test
    void acceptsEverythingByDefault() {
        SipActivationSpec spec = new SipActivationSpec();
        assertDoesNotThrow(spec::validate);
        assertTrue(spec.handles("INVITE"));
        assertTrue(spec.handles("REGISTER"));
    }

    @Test
    void aListNarrowsTheMethodsCaseInsensitively() throws Exception {
        SipActivationSpec spec = new SipActivationSpec();
        spec.setMethods("register, options");
        spec.validate();
        assertTrue(spec.handles("REGISTER"));
        assertFalse(spec.handles("INVITE"));
    }

    @Test
    void validateNamesAnUnknownMethodOrAnEmptyList() {
        SipActivationSpec spec = new SipActivationSpec();
        spec.setMethods("INVITE, FETCH");
        assertTrue(assertThrows(InvalidPropertyException.class, spec::validate).getMessage()
                .contains("unknown SIP method 'FETCH'"));
        spec.setMethods(" ");
        assertTrue(assertThrows(InvalidPropertyException.class, spec::validate).getMessage()
                .contains("at least one SIP method"));
    }
}
