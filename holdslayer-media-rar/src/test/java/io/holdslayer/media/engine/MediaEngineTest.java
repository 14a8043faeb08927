package io.holdslayer.media.engine;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.LegStatistics;
import io.holdslayer.api.media.SdpNotAcceptableException;
import io.holdslayer.media.mixer.TonePlayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.holdslayer.media.engine.EngineHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaEngineTest {

    @TempDir
    Path dir;

    @Test
    void twoLegsNegotiateAndCarryAudioBothWays() throws Exception {
        try (EngineHarness h = new EngineHarness(dir)) {
            String a = h.engine.openLeg("call-1", LegRole.COMPANY);
            String b = h.engine.openLeg("call-2", LegRole.COMPANY);
            String offer = h.engine.createOffer(a);
            String answer = h.engine.answerOffer(b, offer);
            h.engine.acceptAnswer(a, answer);

            assertTrue(offer.contains("m=audio " + h.engine.localPort(a) + " RTP/AVP 0 8 101"), offer);
            assertTrue(answer.contains("m=audio " + h.engine.localPort(b) + " RTP/AVP 0 101"), answer);
            assertTrue(answer.contains("a=sendrecv"), answer);

            h.engine.play(a, new TonePlayer(8000, 440));
            waitUntil(() -> h.engine.statistics(b).packetsReceived() > 50, 3000);
            LegStatistics atB = h.engine.statistics(b);
            assertTrue(atB.packetsReceived() > 50, atB.toString());
            assertEquals(0, atB.packetsMalformed());
            assertTrue(h.engine.statistics(a).packetsReceived() > 50, "b sends silence back to a");
        }
    }

    @Test
    void rfc4733DigitsArriveInOrderOncePerDigit() throws Exception {
        try (EngineHarness h = new EngineHarness(dir)) {
            String a = h.engine.openLeg("c", LegRole.DEVICE);
            String b = h.engine.openLeg("c", LegRole.COMPANY);
            h.engine.acceptAnswer(a, h.engine.answerOffer(b, h.engine.createOffer(a)));

            h.engine.sendDtmf(a, "159#*0");
            waitUntil(() -> h.digitsHeard(b).length() >= 6, 4000);
            Thread.sleep(300);

            assertEquals("159#*0", h.digitsHeard(b));
            assertTrue(h.of(io.holdslayer.api.media.MediaEventType.DTMF_HEARD).stream()
                    .allMatch(e -> e.source().equals("rfc4733")));
        }
    }

    @Test
    void withoutTelephoneEventDigitsGoInBandAndAreDetectedInBand() throws Exception {
        try (EngineHarness h = new EngineHarness(dir)) {
            String a = h.engine.openLeg("c", LegRole.DEVICE);
            String b = h.engine.openLeg("c", LegRole.COMPANY);
            String offer = h.engine.createOffer(a).replace(" 0 8 101", " 8").replaceAll("a=(rtpmap|fmtp):101[^\\n]*\\n", "");
            h.engine.acceptAnswer(a, h.engine.answerOffer(b, offer));

            h.engine.sendDtmf(a, "2580");
            waitUntil(() -> h.digitsHeard(b).length() >= 4, 4000);
            Thread.sleep(300);

            assertEquals("2580", h.digitsHeard(b));
            assertTrue(h.of(io.holdslayer.api.media.MediaEventType.DTMF_HEARD).stream()
                    .allMatch(e -> e.source().equals("inband")));
        }
    }

    @Test
    void anOfferWithoutACommonCodecIsNotAcceptable() throws Exception {
        try (EngineHarness h = new EngineHarness(dir)) {
            String a = h.engine.openLeg("c", LegRole.COMPANY);
            String g722 = "v=0\r\no=x 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                    + "m=audio 4000 RTP/AVP 9\r\na=rtpmap:9 G722/8000\r\n";

            SdpNotAcceptableException e = assertThrows(SdpNotAcceptableException.class, () -> h.engine.answerOffer(a, g722));
            assertTrue(e.getMessage().contains("no common audio codec"), e.getMessage());
            assertThrows(SdpNotAcceptableException.class, () -> h.engine.answerOffer(a, "this is not SDP"));
        }
    }

    @Test
    void legsExchangeRtcpSenderReportsEveryFiveSeconds() throws Exception {
        try (EngineHarness h = new EngineHarness(dir)) {
            String a = h.engine.openLeg("c", LegRole.COMPANY);
            String b = h.engine.openLeg("c", LegRole.DEVICE);
            h.engine.acceptAnswer(a, h.engine.answerOffer(b, h.engine.createOffer(a)));
            waitUntil(() -> h.engine.statistics(a).rtcpReceived() > 0 && h.engine.statistics(b).rtcpReceived() > 0, 6500);

            assertTrue(h.engine.statistics(a).rtcpReceived() > 0, h.engine.statistics(a).toString());
            assertTrue(h.engine.statistics(b).rtcpSent() > 0);
            assertEquals(0, h.engine.statistics(a).packetsMalformed(), "our own reports pass our own validation");

            long before = h.engine.statistics(b).rtcpReceived();
            h.engine.closeLeg(a);
            waitUntil(() -> h.engine.statistics(b).rtcpReceived() > before, 1000);
            assertEquals(before + 1, h.engine.statistics(b).rtcpReceived(), "a closing leg says BYE");
            assertEquals(0, h.engine.statistics(b).packetsMalformed());
        }
    }

    @Test
    void closingLegsReleasesTheirPorts() throws Exception {
        try (EngineHarness h = new EngineHarness(dir)) {
            String a = h.engine.openLeg("c", LegRole.COMPANY);
            int port = h.engine.localPort(a);
            h.engine.closeLeg(a);
            h.engine.closeLeg(a);
            Thread.sleep(100);

            assertEquals(0, h.engine.portsInUse());
            try (var socket = new java.net.DatagramSocket(port, java.net.InetAddress.getLoopbackAddress())) {
                assertEquals(port, socket.getLocalPort());
            }
        }
    }
}
