package io.holdslayer.tests.support;

import io.holdslayer.audio.codec.G711;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes 8 kHz audio as a capture of A-law RTP packets (20 ms each, payload type 8) in the classic pcap
 * format, which SIPp's {@code play_pcap_audio} replays into a call with the capture's own timing. SIPp takes
 * only the UDP payload, so the addresses in the frame headers are placeholders.
 */
public final class RtpCapture {

    private static final int SAMPLES_PER_PACKET = 160;
    private static final int PAYLOAD_TYPE_PCMA = 8;
    private static final int ETHERNET = 14;
    private static final int IPV4 = 20;
    private static final int UDP = 8;
    private static final int RTP = 12;

    private RtpCapture() {
    }

    public static void write(short[] samples, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535)
                    .putInt(1);
            out.write(header.array());
            int packets = samples.length / SAMPLES_PER_PACKET;
            for (int n = 0; n < packets; n++) {
                out.write(packet(samples, n));
            }
        }
    }

    private static byte[] packet(short[] samples, int n) {
        int payload = SAMPLES_PER_PACKET;
        int length = ETHERNET + IPV4 + UDP + RTP + payload;
        long micros = n * 20_000L;
        ByteBuffer record = ByteBuffer.allocate(16 + length);
        record.order(ByteOrder.LITTLE_ENDIAN).putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000))
                .putInt(length).putInt(length);
        record.order(ByteOrder.BIG_ENDIAN);
        record.put(new byte[12]).putShort((short) 0x0800);
        record.put((byte) 0x45).put((byte) 0).putShort((short) (length - ETHERNET)).putInt(0)
                .put((byte) 64).put((byte) 17).putShort((short) 0).putInt(0x7f000001).putInt(0x7f000001);
        record.putShort((short) 4000).putShort((short) 4002).putShort((short) (UDP + RTP + payload)).putShort((short) 0);
        record.put((byte) 0x80).put((byte) PAYLOAD_TYPE_PCMA).putShort((short) n).putInt(n * SAMPLES_PER_PACKET)
                .putInt(0x48534c59);
        for (int i = 0; i < payload; i++) {
            record.put(G711.linearToAlaw(samples[n * SAMPLES_PER_PACKET + i]));
        }
        return record.array();
    }
}
