package io.holdslayer.media.ra.inbound;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.MediaEvent;
import io.holdslayer.api.media.MediaEventType;
import jakarta.resource.spi.InvalidPropertyException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaActivationSpecTest {

    private static MediaEvent event(MediaEventType type, LegRole role) {
        return MediaEvent.of(type, "c", "c/leg", role, 1, "5", "rfc4733", 1);
    }

    @Test
    void emptyPropertiesDeliverEverything() throws Exception {
        MediaActivationSpec spec = new MediaActivationSpec();
        spec.validate();

        assertTrue(spec.accepts(event(MediaEventType.RTP_TIMEOUT, LegRole.DEVICE)));
    }

    @Test
    void filtersByTypeAndRole() throws Exception {
        MediaActivationSpec spec = new MediaActivationSpec();
        spec.setEventTypes(" dtmf_heard , HUMAN_DETECTED");
        spec.setLegRole("company");
        spec.validate();

        assertTrue(spec.accepts(event(MediaEventType.DTMF_HEARD, LegRole.COMPANY)));
        assertFalse(spec.accepts(event(MediaEventType.DTMF_HEARD, LegRole.DEVICE)));
        assertFalse(spec.accepts(event(MediaEventType.HOLD_DETECTED, LegRole.COMPANY)));
    }

    @Test
    void validateNamesThePropertyAndTheBadValue() {
        MediaActivationSpec spec = new MediaActivationSpec();
        spec.setEventTypes("DTMF_HEARD,HUMAN_FOUND");
        String message = assertThrows(InvalidPropertyException.class, spec::validate).getMessage();
        assertTrue(message.startsWith("eventTypes: 'HUMAN_FOUND' is not a media event type"), message);

        spec.setEventTypes("");
        spec.setLegRole("callee");
        message = assertThrows(InvalidPropertyException.class, spec::validate).getMessage();
        assertTrue(message.contains("legRole: 'callee' is not COMPANY or DEVICE"), message);
    }
}
