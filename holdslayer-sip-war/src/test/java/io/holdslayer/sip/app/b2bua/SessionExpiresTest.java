package io.holdslayer.sip.app.b2bua;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SessionExpiresTest {

    @Test
    void parsesIntervalAndRefresher() {
        assertEquals(new SessionExpires(90, "uac"), SessionExpires.parse("90;refresher=uac"));
        assertEquals(new SessionExpires(1800, "uas"), SessionExpires.parse(" 1800 ; REFRESHER = UAS"));
        assertEquals(new SessionExpires(600, ""), SessionExpires.parse("600"));
        assertNull(SessionExpires.parse("soon"));
        assertNull(SessionExpires.parse("0"));
        assertNull(SessionExpires.parse(null));
    }

    @Test
    void refreshAtHalfAndExpireBeforeTheEnd() {
        SessionExpires se = new SessionExpires(90, "uac");
        assertEquals(45, se.refreshAfterSeconds());
        assertEquals(60, se.expireAfterSeconds());
        assertEquals(1800 - 32, new SessionExpires(1800, "").expireAfterSeconds());
    }
}
