package io.holdslayer.media.rtp;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RtpPacketTest {

    private final RtpPacket packet = new RtpPacket();

    private static byte[] valid(int payloadBytes) {
        byte[] bytes = new byte[12 + payloadBytes];
        RtpPacket.writeHeader(bytes, true, 8, 65535, 0xFFFFFFF0L, 0xCAFEBABEL);
        for (int i = 12; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    @Test
    void readsBackWhatWasWritten() {
        byte[] bytes = valid(160);

        assertNull(packet.parse(bytes, bytes.length));
        assertTrue(packet.marker());
        assertEquals(8, packet.payloadType());
        assertEquals(65535, packet.sequence());
        assertEquals(0xFFFFFFF0L, packet.timestamp());
        assertEquals(0xCAFEBABEL, packet.ssrc());
        assertEquals(12, packet.payloadOffset());
        assertEquals(160, packet.payloadLength());
    }

    @Test
    void skipsCsrcsExtensionAndPadding() {
        byte[] bytes = new byte[12 + 8 + 4 + 8 + 20 + 4];
        RtpPacket.writeHeader(bytes, false, 0, 1, 2, 3);
        bytes[0] = (byte) (0x80 | 0x20 | 0x10 | 2);
        bytes[12 + 8 + 3] = 2;
        bytes[bytes.length - 1] = 4;

        assertNull(packet.parse(bytes, bytes.length));
        assertEquals(12 + 8 + 4 + 8, packet.payloadOffset());
        assertEquals(20, packet.payloadLength());
    }

    @Test
    void namesWhatIsWrongWithMalformedDatagrams() {
        byte[] ok = valid(160);
        assertEquals(RtpDefect.TOO_SHORT, packet.parse(ok, 11));
        byte[] version1 = ok.clone();
        version1[0] = 0x40;
        assertEquals(RtpDefect.WRONG_VERSION, packet.parse(version1, version1.length));
        byte[] csrcs = valid(20);
        csrcs[0] = (byte) 0x8F;
        assertEquals(RtpDefect.CSRC_OVERRUN, packet.parse(csrcs, csrcs.length));
        byte[] extension = valid(20);
        extension[0] = (byte) 0x90;
        extension[14] = (byte) 0xFF;
        extension[15] = (byte) 0xFF;
        assertEquals(RtpDefect.EXTENSION_OVERRUN, packet.parse(extension, extension.length));
        byte[] padding = valid(20);
        padding[0] = (byte) 0xA0;
        padding[padding.length - 1] = (byte) 200;
        assertEquals(RtpDefect.BAD_PADDING, packet.parse(padding, padding.length));
        assertEquals(RtpDefect.EMPTY_PAYLOAD, packet.parse(valid(0), 12));
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(42);
        byte[] bytes = new byte[1500];
        int rejected = 0;
        for (int i = 0; i < 100_000; i++) {
            int length = random.nextInt(bytes.length + 1);
            random.nextBytes(bytes);
            if (packet.parse(bytes, length) != null) {
                rejected++;
            } else {
                assertTrue(packet.payloadOffset() + packet.payloadLength() <= length);
            }
        }
        assertTrue(rejected > 70_000, "most random datagrams are not version 2: " + rejected);
    }

    @Test
    void payloadTypesAreAnOpenRegistry() {
        assertEquals(RtpPayloadType.PCMU, RtpPayloadType.valueOf(0));
        assertEquals("PCMA", RtpPayloadType.valueOf(8).encodingName());
        assertEquals(96, RtpPayloadType.valueOf(96).number());
        assertNotNull(RtpPayloadType.byEncoding("pcmu"));
    }
}
