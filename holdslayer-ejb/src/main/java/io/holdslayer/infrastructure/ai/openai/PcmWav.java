package io.holdslayer.infrastructure.ai.openai;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** WAV files around 16-bit PCM, and the check that an answer is one. */
final class PcmWav {

    private static final int HEADER_BYTES = 44;

    private PcmWav() {
    }

    /** A canonical 44-byte-header WAV of 16-bit little-endian mono PCM at {@code sampleRate}. */
    static byte[] mono16(byte[] pcm, int sampleRate) {
        int data = pcm.length & ~1;
        ByteBuffer wav = ByteBuffer.allocate(HEADER_BYTES + data).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt(36 + data).put(ascii("WAVE"));
        wav.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        wav.put(ascii("data")).putInt(data).put(pcm, 0, data);
        return wav.array();
    }

    static boolean isWav(byte[] file) {
        return file.length >= 12 && "RIFF".equals(new String(file, 0, 4, StandardCharsets.US_ASCII))
                && "WAVE".equals(new String(file, 8, 4, StandardCharsets.US_ASCII));
    }

    private static byte[] ascii(String tag) {
        return tag.getBytes(StandardCharsets.US_ASCII);
    }
}
