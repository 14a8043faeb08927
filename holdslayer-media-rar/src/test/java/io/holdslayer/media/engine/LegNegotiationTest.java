package io.holdslayer.media.engine;

import io.holdslayer.api.media.SdpNotAcceptableException;
import io.holdslayer.media.codec.G711Codec;
import io.holdslayer.media.sdp.MediaDirection;
import io.holdslayer.media.sdp.SdpReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LegNegotiationTest {

    private static String offer(String direction, String address, String formats) {
        return "v=0\r\no=peer 42 7 IN IP4 " + address + "\r\ns=call\r\nc=IN IP4 " + address + "\r\nt=0 0\r\n"
                + "m=audio 30000 RTP/AVP " + formats + "\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
                + "a=rtpmap:96 telephone-event/8000\r\na=fmtp:96 0-15\r\n" + (direction == null ? "" : "a=" + direction + "\r\n");
    }

    @ParameterizedTest
    @CsvSource({"sendrecv,sendrecv", "sendonly,recvonly", "recvonly,sendonly", "inactive,inactive"})
    void answersMirrorTheOfferedDirection(String offered, String answered) throws Exception {
        LegNegotiation negotiation = new LegNegotiation("127.0.0.1", 20000);
        String answer = negotiation.answer(offer(offered, "127.0.0.1", "8 0 96"));

        assertEquals(MediaDirection.ofAttribute(answered), SdpReader.read(answer).direction());
        assertEquals(MediaDirection.ofAttribute(answered), negotiation.agreed().direction());
        assertTrue(answer.contains("m=audio 20000 RTP/AVP 8 96"), "offerer's first codec and its event type: " + answer);
        assertEquals(G711Codec.PCMA, negotiation.agreed().codec());
        assertEquals(96, negotiation.agreed().telephoneEvent());
    }

    @Test
    void theNullAddressIsHoldAnsweredRecvonlyWithNothingSent() throws Exception {
        LegNegotiation negotiation = new LegNegotiation("127.0.0.1", 20000);
        String answer = negotiation.answer(offer(null, "0.0.0.0", "0"));

        assertTrue(answer.contains("a=recvonly"), answer);
        assertNull(negotiation.agreed().remote());
    }

    @Test
    void otherStreamsAreRejectedWithPortZeroInTheirPlace() throws Exception {
        String withVideo = offer(null, "127.0.0.1", "0").replace("m=audio", "m=video 30002 RTP/AVP 31\r\nm=audio");
        String answer = new LegNegotiation("127.0.0.1", 20000).answer(withVideo);

        assertTrue(answer.indexOf("m=video 0 RTP/AVP 31") < answer.indexOf("m=audio 20000"), answer);
    }

    @Test
    void theLastAnswerWinsAndEachSdpHasANewVersion() throws Exception {
        LegNegotiation negotiation = new LegNegotiation("127.0.0.1", 20000);
        String first = negotiation.offer();
        String second = negotiation.offer();
        assertTrue(first.contains("o=holdslayer") && SdpReader.read(second).sessionVersion()
                == SdpReader.read(first).sessionVersion() + 1);

        negotiation.acceptAnswer(offer("sendrecv", "127.0.0.1", "0 96"));
        negotiation.acceptAnswer(offer("recvonly", "127.0.0.2", "8"));

        assertEquals(G711Codec.PCMA, negotiation.agreed().codec());
        assertEquals(MediaDirection.SENDONLY, negotiation.agreed().direction());
        assertEquals("127.0.0.2", negotiation.agreed().remote().getAddress().getHostAddress());
        assertEquals(-1, negotiation.agreed().telephoneEvent());
    }

    @Test
    void sdpWithoutUsableAudioIsRefusedWithAReason() {
        LegNegotiation negotiation = new LegNegotiation("127.0.0.1", 20000);
        String portZero = offer(null, "127.0.0.1", "0").replace("m=audio 30000", "m=audio 0");
        String srtp = offer(null, "127.0.0.1", "0").replace("RTP/AVP", "RTP/SAVP");

        assertTrue(assertThrows(SdpNotAcceptableException.class, () -> negotiation.answer(portZero)).getMessage()
                .contains("no RTP/AVP audio"));
        assertThrows(SdpNotAcceptableException.class, () -> negotiation.answer(srtp));
        assertThrows(SdpNotAcceptableException.class, () -> negotiation.answer(""));
    }
}
