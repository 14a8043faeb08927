package io.holdslayer.media.engine;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.LegStatistics;
import io.holdslayer.api.media.MediaEventType;
import io.holdslayer.media.rtp.RtpPacket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Random;

import static io.holdslayer.media.engine.EngineHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RtpRobustnessTest {

    @TempDir
    Path dir;

    @Test
    void malformedDatagramsAreDroppedAndCountedAndTheLegKeepsWorking() throws Exception {
        try (EngineHarness h = new EngineHarness(dir); RawRtpPeer peer = new RawRtpPeer()) {
            String leg = h.engine.openLeg("call", LegRole.COMPANY);
            h.engine.answerOffer(leg, peer.offer("sendrecv", "0 101"));
            int port = h.engine.localPort(leg);
            Random random = new Random(7);
            int malformed = 0;
            for (int i = 0; i < 200; i++) {
                byte[] noise = new byte[1 + random.nextInt(400)];
                random.nextBytes(noise);
                noise[0] = (byte) (noise[0] & 0x3F);
                peer.send(noise, noise.length, port);
                malformed++;
                if (malformed % 20 == 0) {
                    awaitMalformed(h, leg, malformed);
                }
            }
            byte[] packet = new byte[12 + 160];
            RtpPacket.writeHeader(packet, false, 0, 1, 160, 9);
            byte[] wrongVersion = packet.clone();
            wrongVersion[0] = (byte) 0xC0;
            byte[] truncated = java.util.Arrays.copyOf(packet, 7);
            byte[] csrcs = java.util.Arrays.copyOf(packet, 30);
            csrcs[0] = (byte) 0x8F;
            byte[] extension = java.util.Arrays.copyOf(packet, 40);
            extension[0] = (byte) 0x90;
            extension[14] = (byte) 0x7F;
            byte[] padding = packet.clone();
            padding[0] = (byte) 0xA0;
            padding[padding.length - 1] = (byte) 0xFF;
            for (byte[] bad : new byte[][]{wrongVersion, truncated, csrcs, extension, padding}) {
                peer.send(bad, bad.length, port);
                malformed++;
            }
            byte[] unknown = packet.clone();
            unknown[1] = 96;
            for (int i = 0; i < 5; i++) {
                peer.send(unknown, unknown.length, port);
            }
            int expectedMalformed = malformed;
            waitUntil(() -> h.engine.statistics(leg).packetsMalformed() >= expectedMalformed
                    && h.engine.statistics(leg).packetsUnknownPayload() >= 5, 3000);

            LegStatistics stats = h.engine.statistics(leg);
            assertEquals(expectedMalformed, stats.packetsMalformed());
            assertEquals(5, stats.packetsUnknownPayload());
            assertEquals(0, stats.packetsReceived());

            peer.sendTone(port, 700);
            waitUntil(() -> h.engine.statistics(leg).packetsReceived() > 20, 3000);
            assertTrue(h.engine.statistics(leg).packetsReceived() > 20, "valid RTP still accepted");
        }
    }

    /** Paces the burst: a loopback socket buffer holds only so many queued datagrams, and a drop there is not ours. */
    private static void awaitMalformed(EngineHarness h, String leg, int count) throws Exception {
        waitUntil(() -> h.engine.statistics(leg).packetsMalformed() >= count, 3000);
    }

    @Test
    void onceLatchedPacketsFromAnotherSourceAreIgnored() throws Exception {
        try (EngineHarness h = new EngineHarness(dir); RawRtpPeer peer = new RawRtpPeer(); RawRtpPeer intruder = new RawRtpPeer()) {
            String leg = h.engine.openLeg("call", LegRole.COMPANY);
            h.engine.answerOffer(leg, peer.offer("sendrecv", "0"));
            int port = h.engine.localPort(leg);
            peer.sendTone(port, 700);
            waitUntil(() -> h.engine.statistics(leg).packetsReceived() > 5, 2000);

            intruder.sendTone(port, 900);
            Thread.sleep(400);
            intruder.stopSending();

            LegStatistics stats = h.engine.statistics(leg);
            assertTrue(stats.packetsForeign() >= 10, stats.toString());
            assertEquals(0, intruder.received.size(), "we never send to the intruder");
        }
    }

    @Test
    void theSignalledAddressTakesTheLatchBackFromAStrangerWhoSentFirst() throws Exception {
        try (EngineHarness h = new EngineHarness(dir); RawRtpPeer peer = new RawRtpPeer(); RawRtpPeer intruder = new RawRtpPeer()) {
            String leg = h.engine.openLeg("call", LegRole.COMPANY);
            h.engine.answerOffer(leg, peer.offer("sendrecv", "0"));
            int port = h.engine.localPort(leg);
            intruder.sendTone(port, 900);
            waitUntil(() -> intruder.received.size() > 5, 2000);
            assertTrue(intruder.received.size() > 5, "without a packet from the signalled address, the first source wins");

            peer.sendTone(port, 700);
            Thread.sleep(300);
            int intruderGot = intruder.received.size();
            Thread.sleep(400);

            assertEquals(intruderGot, intruder.received.size(), "nothing more for the stranger");
            assertTrue(peer.received.size() > 10, "the signalled peer gets our stream");
            assertTrue(h.engine.statistics(leg).packetsForeign() >= 10, "the stranger is now foreign");
        }
    }

    @Test
    void silenceOnAReceivingLegRaisesOneTimeoutAndTrafficResumesIt() throws Exception {
        try (EngineHarness h = new EngineHarness(dir, 1); RawRtpPeer peer = new RawRtpPeer()) {
            String leg = h.engine.openLeg("call", LegRole.COMPANY);
            h.engine.answerOffer(leg, peer.offer("sendrecv", "0"));
            waitUntil(() -> !h.of(MediaEventType.RTP_TIMEOUT).isEmpty(), 3000);
            Thread.sleep(1500);
            assertEquals(1, h.of(MediaEventType.RTP_TIMEOUT).size());

            peer.sendTone(h.engine.localPort(leg), 700);
            waitUntil(() -> !h.of(MediaEventType.RTP_RESUMED).isEmpty(), 2000);
            assertEquals(1, h.of(MediaEventType.RTP_RESUMED).size());
        }
    }
}
