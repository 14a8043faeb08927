package io.holdslayer.media.record;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WavFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void theFileIsAValidWavUpToTheLastFullSecondWhileStillOpen() throws Exception {
        Path file = dir.resolve("call.wav");
        WavFileWriter writer = new WavFileWriter(file, 2, 8000);
        short[] frame = new short[320];
        for (int i = 0; i < 60; i++) {
            writer.write(frame, 320);
        }

        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            assertEquals(2, in.getFormat().getChannels());
            assertEquals(8000f, in.getFormat().getSampleRate());
            assertEquals(8000, in.getFrameLength(), "the header covers the first second, not yet the rest");
        }
        assertEquals(44 + 50 * 640, Files.size(file), "the first second is on disk, the rest waits for the next");

        writer.close();
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            assertEquals(60 * 160, in.getFrameLength());
        }
    }
}
