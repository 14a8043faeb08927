package io.holdslayer.media.rtp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RtcpReportsTest {

    @Test
    void senderReportWithReportBlockAndSdesIsWellFormedAndReadable() {
        ReceptionStatistics reception = new ReceptionStatistics();
        for (int seq = 0; seq < 100; seq++) {
            if (seq % 10 != 3) {
                reception.packetArrived(1, seq, seq * 160L, seq * 160L);
            }
        }
        byte[] out = new byte[256];
        int length = new RtcpReports(0x1234, "leg@test").write(out, true, 99, 99 * 160, 16000, 0xABCD, reception,
                1_000_000);

        assertEquals(200, out[1] & 0xFF, "SR");
        assertEquals(1, out[0] & 0x1F, "one report block");
        int srBytes = 4 * (1 + ((out[2] & 0xFF) << 8 | out[3] & 0xFF));
        assertEquals(52, srBytes);
        assertEquals(202, out[srBytes + 1] & 0xFF, "SDES follows");
        assertEquals(0, length % 4);
        assertEquals(10, RtpPacket.readUint32(out, 8 + 20 + 4) & 0xFFFFFF, "cumulative lost");
        assertTrue(new RtcpReports(1, "peer").read(out, length, 1_000_100));
    }

    @Test
    void receiverReportWhenNothingWasSent() {
        byte[] out = new byte[256];
        int length = new RtcpReports(7, "x").write(out, false, 0, 0, 0, 0, new ReceptionStatistics(), 5);

        assertEquals(201, out[1] & 0xFF);
        assertTrue(new RtcpReports(1, "peer").read(out, length, 6));
    }

    @Test
    void rejectsTruncatedOrForeignCompounds() {
        RtcpReports reports = new RtcpReports(1, "peer");
        assertFalse(reports.read(new byte[]{(byte) 0x80, (byte) 200, 0, 50, 0, 0, 0, 0}, 8, 0));
        assertFalse(reports.read(new byte[]{(byte) 0x80, (byte) 202, 0, 1, 0, 0, 0, 0}, 8, 0));
        assertFalse(reports.read(new byte[]{0, 0, 0}, 3, 0));
    }
}
