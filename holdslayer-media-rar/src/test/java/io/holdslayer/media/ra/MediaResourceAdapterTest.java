package io.holdslayer.media.ra;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.MediaConnectorNames;
import io.holdslayer.api.media.MediaEvent;
import io.holdslayer.api.media.MediaEventType;
import io.holdslayer.api.media.MediaListener;
import io.holdslayer.media.ra.inbound.MediaActivationSpec;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.transaction.xa.XAResource;
import java.lang.reflect.Method;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaResourceAdapterTest {

    @TempDir
    Path dir;

    private static MediaResourceAdapter adapter(int base) {
        MediaResourceAdapter adapter = new MediaResourceAdapter();
        adapter.setRtpPortMin(base);
        adapter.setRtpPortMax(base + 9);
        return adapter;
    }

    private static int base() {
        return 38000 + (int) (ProcessHandle.current().pid() % 40) * 20;
    }

    private static long mediaThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("holdslayer-media") && t.isAlive()).count();
    }

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
        adapter.setRtpPortMin(20000);
        adapter.setRecordingMode("loud");
        assertTrue(assertThrows(ResourceAdapterInternalException.class, () -> adapter.start(null))
                .getMessage().contains("recordingMode must be STEREO, MONO or OFF, got 'loud'"));
        adapter.setRecordingMode("MONO");
        adapter.setBindAddress("0.0.0.0");
        assertTrue(assertThrows(ResourceAdapterInternalException.class, () -> adapter.start(null))
                .getMessage().contains("advertisedAddress must be set"));
        assertFalse(adapter.status().up());
    }

    @Test
    void stopReleasesEveryPortAndThreadSoItCanStartAgain() throws Exception {
        long threadsBefore = mediaThreads();
        for (int round = 0; round < 3; round++) {
            MediaResourceAdapter adapter = adapter(base());
            adapter.setRecordingDirectory(dir.toString());
            adapter.start(null);
            adapter.engine().openLeg("call-" + round, LegRole.COMPANY);
            adapter.engine().openLeg("call-" + round, LegRole.DEVICE);
            adapter.stop();

            for (int port = base(); port < base() + 4; port++) {
                try (DatagramSocket socket = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
                    assertEquals(port, socket.getLocalPort());
                }
            }
        }
        Thread.sleep(200);
        assertEquals(threadsBefore, mediaThreads(), "no media thread outlives stop()");
    }

    @Test
    void activatedEndpointsReceiveTheEventsTheirSpecAsksFor() throws Exception {
        MediaResourceAdapter adapter = adapter(base() + 10);
        adapter.setRecordingDirectory(dir.toString());
        adapter.start(null);
        try {
            RecordingEndpointFactory endpoints = new RecordingEndpointFactory();
            MediaActivationSpec spec = new MediaActivationSpec();
            spec.setEventTypes("RECORDING_STARTED");
            adapter.endpointActivation(endpoints, spec);

            adapter.engine().openLeg("call-x", LegRole.COMPANY);
            for (int i = 0; i < 100 && endpoints.delivered.isEmpty(); i++) {
                Thread.sleep(20);
            }

            assertEquals(1, endpoints.delivered.size());
            assertEquals(MediaEventType.RECORDING_STARTED, endpoints.delivered.get(0).type());
            assertEquals(endpoints.created, endpoints.released, "every endpoint released");
            adapter.endpointDeactivation(endpoints, spec);
        } finally {
            adapter.stop();
        }
    }

    @Test
    void ironjacamarBindsTheFactoryUnderTheNameTheApplicationLooksUp() throws Exception {
        String descriptor = Files.readString(Path.of("src/main/rar/META-INF/ironjacamar.xml"));

        assertTrue(descriptor.contains("jndi-name=\"" + MediaConnectorNames.CONNECTION_FACTORY + "\""));
    }

    /** Stands in for the container's endpoint factory of a message-driven bean (in-memory, for this unit test). */
    private static final class RecordingEndpointFactory implements MessageEndpointFactory {
        final List<MediaEvent> delivered = new CopyOnWriteArrayList<>();
        volatile int created;
        volatile int released;

        private final class Endpoint implements MessageEndpoint, MediaListener {
            @Override
            public void onMediaEvent(MediaEvent event) {
                delivered.add(event);
            }

            @Override
            public void beforeDelivery(Method method) {
            }

            @Override
            public void afterDelivery() {
            }

            @Override
            public void release() {
                released++;
            }
        }

        @Override
        public MessageEndpoint createEndpoint(XAResource resource) throws UnavailableException {
            created++;
            return new Endpoint();
        }

        @Override
        public MessageEndpoint createEndpoint(XAResource resource, long timeout) throws UnavailableException {
            return createEndpoint(resource);
        }

        @Override
        public boolean isDeliveryTransacted(Method method) {
            return false;
        }

        @Override
        public String getActivationName() {
            return "test";
        }

        @Override
        public Class<?> getEndpointClass() {
            return Endpoint.class;
        }
    }
}
