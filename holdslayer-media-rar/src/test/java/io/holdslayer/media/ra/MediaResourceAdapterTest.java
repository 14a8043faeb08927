package io.holdslayer.media.ra;

import io.holdslayer.api.media.MediaConnectorNames;
import jakarta.resource.spi.ResourceAdapterInternalException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaResourceAdapterTest {

    @Test
    void startsWithItsDefaultsAndReportsUp() throws Exception {
        MediaResourceAdapter adapter = new MediaResourceAdapter();
        adapter.start(null);

        assertTrue(adapter.status().up());
        assertEquals(5000, adapter.settings().sessionCapacity());
        adapter.stop();
        assertFalse(adapter.status().up());
    }

    @Test
    void refusesAnOddOrEmptyPortRangeWithAClearMessage() {
        MediaResourceAdapter adapter = new MediaResourceAdapter();
        adapter.setRtpPortMin(20001);
        assertTrue(assertThrows(ResourceAdapterInternalException.class, () -> adapter.start(null))
                .getMessage().contains("rtpPortMin must be even"));

        adapter.setRtpPortMin(30000);
        assertTrue(assertThrows(ResourceAdapterInternalException.class, () -> adapter.start(null))
                .getMessage().contains("rtpPortMax must be above rtpPortMin"));
        assertFalse(adapter.status().up());
    }

    @Test
    void ironjacamarBindsTheFactoryUnderTheNameTheApplicationLooksUp() throws Exception {
        String descriptor = Files.readString(Path.of("src/main/rar/META-INF/ironjacamar.xml"));

        assertTrue(descriptor.contains("jndi-name=\"" + MediaConnectorNames.CONNECTION_FACTORY + "\""));
    }
}
