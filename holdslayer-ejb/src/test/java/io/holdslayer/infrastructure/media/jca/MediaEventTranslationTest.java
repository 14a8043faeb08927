package io.holdslayer.infrastructure.media.jca;

import io.holdslayer.api.event.EventType;
import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.MediaEvent;
import io.holdslayer.api.media.MediaEventType;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MediaEventTranslationTest {

    @Test
    void republishesExactlyTheTypesItsActivationAsksFor() {
        for (MediaEventType type : MediaEventType.values()) {
            MediaEvent event = MediaEvent.of(type, "call", "call/company-1", LegRole.COMPANY, 1, "x", "s", 1);
            boolean asked = Arrays.asList(MediaEventTranslation.REPUBLISHED.split(",")).contains(type.name());
            assertEquals(asked, MediaEventTranslation.typeOf(event).isPresent(), type.name());
        }
    }

    @Test
    void theBeanDescriptorActivatesWithTheSameFilter() throws Exception {
        String descriptor = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/META-INF/ejb-jar.xml"));

        assertEquals(true, descriptor.contains("<activation-config-property-value>"
                + MediaEventTranslation.DELIVERED + "</activation-config-property-value>"));
        assertEquals(true, descriptor.contains("<ejb-class>" + MediaEventBean.class.getName() + "</ejb-class>"));
    }

    @Test
    void humanDetectedCarriesTheLegAndTheReason() {
        MediaEvent event = MediaEvent.of(MediaEventType.HUMAN_DETECTED, "call-9", "call-9/company-1", LegRole.COMPANY,
                83.456, "speech after music, not a known loop", "hold-monitor", 0.87654);

        assertEquals(Optional.of(EventType.HUMAN_DETECTED), MediaEventTranslation.typeOf(event));
        JsonObject payload = MediaEventTranslation.payloadOf(event);
        assertEquals("call-9/company-1", payload.getString("legId"));
        assertEquals("COMPANY", payload.getString("role"));
        assertEquals(83.46, payload.getJsonNumber("seconds").doubleValue());
        assertEquals(0.877, payload.getJsonNumber("confidence").doubleValue());
        assertEquals("speech after music, not a known loop", payload.getString("detail"));
    }
}
