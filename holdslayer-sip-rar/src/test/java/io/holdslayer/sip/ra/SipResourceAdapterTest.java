package io.holdslayer.sip.ra;

import io.holdslayer.api.sip.SipConnectorNames;
import jakarta.resource.spi.ResourceAdapterInternalException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipResourceAdapterTest {

    @Test
    void startsWithItsDefaultsAndReportsUp() throws Exception {
        SipResourceAdapter adapter = new SipResourceAdapter();
        assertFalse(adapter.status().up());

        adapter.start(null);

        assertTrue(adapter.status().up());
        assertEquals(new SipSettings(5060, "127.0.0.1", List.of("udp", "tcp")), adapter.settings());
        adapter.stop();
        assertFalse(adapter.status().up());
    }

    @Test
    void refusesToStartWithAClearMessage() {
        SipResourceAdapter adapter = new SipResourceAdapter();
        adapter.setTransports("udp sctp");

        ResourceAdapterInternalException e = assertThrows(ResourceAdapterInternalException.class,
                () -> adapter.start(null));

        assertTrue(e.getMessage().contains("unknown transport 'sctp'"), e.getMessage());
        adapter.setTransports("udp");
        adapter.setPort(70000);
        assertTrue(assertThrows(ResourceAdapterInternalException.class, () -> adapter.start(null))
                .getMessage().contains("port must lie within 1-65535"));
    }

    @Test
    void transportsMayBeSeparatedBySpacesOrCommas() {
        assertEquals(List.of("udp", "tcp", "tls"), SipSettings.parseTransports(" UDP, tcp tls "));
    }

    @Test
    void ironjacamarBindsTheFactoryUnderTheNameTheApplicationLooksUp() throws Exception {
        String descriptor = Files.readString(Path.of("src/main/rar/META-INF/ironjacamar.xml"));

        assertTrue(descriptor.contains("jndi-name=\"" + SipConnectorNames.CONNECTION_FACTORY + "\""));
    }
}
