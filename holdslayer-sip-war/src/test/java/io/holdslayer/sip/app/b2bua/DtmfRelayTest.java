package io.holdslayer.sip.app.b2bua;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DtmfRelayTest {

    @Test
    void readsTheSignal() {
        assertEquals("5", DtmfRelay.digit("Signal=5\r\nDuration=160\r\n"));
        assertEquals("#", DtmfRelay.digit("Signal= #\nDuration=100"));
        assertEquals("*", DtmfRelay.digit("Signal=10\r\n"));
        assertEquals("#", DtmfRelay.digit("Signal=11\r\n"));
        assertEquals("A", DtmfRelay.digit("signal=a\r\n"));
        assertNull(DtmfRelay.digit("Duration=160\r\n"));
        assertNull(DtmfRelay.digit("Signal=Z\r\n"));
    }

    @Test
    void writesTheBodyItReads() {
        assertEquals("7", DtmfRelay.digit(DtmfRelay.body('7', 160)));
    }

    @Test
    void validatesDigitStrings() {
        assertTrue(DtmfRelay.validDigits("123#*ABCD"));
        assertFalse(DtmfRelay.validDigits(""));
        assertFalse(DtmfRelay.validDigits("12e"));
        assertFalse(DtmfRelay.validDigits(null));
    }
}
