package io.holdslayer.infrastructure.recording.wav;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes 16-bit PCM WAV files for tests, with the header's data size chosen freely to imitate a crash. */
public final class TestWav {

    private TestWav() {
    }

    /**
     * @param claimedDataBytes what the header says the data chunk holds (a crashed writer's last update)
     * @param dataBytes        how many sample bytes actually follow the header
     */
    public static Path write(Path file, int channels, int rate, long claimedDataBytes, int dataBytes) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (36 + claimedDataBytes));
        b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        b.putShort((short) 1).putShort((short) channels).putInt(rate).putInt(rate * 2 * channels);
        b.putShort((short) (2 * channels)).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) claimedDataBytes);
        for (int i = 0; i < dataBytes / 2; i++) {
            b.putShort((short) (1000 * Math.sin(i / 10.0)));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, b.array());
        return file;
    }

    public static Path complete(Path file, int channels, int rate, int dataBytes) throws IOException {
        return write(file, channels, rate, dataBytes, dataBytes);
    }
}
