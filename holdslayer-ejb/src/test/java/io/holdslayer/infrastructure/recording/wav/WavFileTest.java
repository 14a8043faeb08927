package io.holdslayer.infrastructure.recording.wav;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WavFileTest {

    @TempDir
    Path dir;

    @Test
    void readsWhatACompleteFileHolds() throws Exception {
        Path file = TestWav.complete(dir.resolve("a.wav"), 2, 8000, 32_000);

        WavInfo info = WavFile.read(file);

        assertEquals(2, info.channels());
        assertEquals(8000, info.sampleRate());
        assertEquals(44, info.dataOffset());
        assertEquals(1000, info.durationMs());
        assertTrue(info.headerCoversFile());
    }

    @Test
    void repairMakesAFileWhoseHeaderLagsBehindPlayableToTheEnd() throws Exception {
        Path file = TestWav.write(dir.resolve("crashed.wav"), 1, 8000, 0, 24_001);
        assertFalse(WavFile.read(file).headerCoversFile());

        WavInfo repaired = WavFile.repair(file);

        assertEquals(24_000, repaired.headerDataBytes(), "the odd trailing byte is not a whole sample");
        assertEquals(1500, repaired.durationMs());
        assertEquals(44 + 24_000, Files.size(file));
        assertTrue(WavFile.read(file).headerCoversFile());
        AudioFileFormat format = AudioSystem.getAudioFileFormat(file.toFile());
        assertEquals(12_000, format.getFrameLength(), "the JDK's own WAV reader sees every sample");
    }

    @Test
    void refusesWhatIsNotAWavFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.wav"), "hello, this is not audio at all");

        IOException e = assertThrows(IOException.class, () -> WavFile.read(file));
        assertTrue(e.getMessage().contains("not a RIFF/WAVE file"), e.getMessage());
    }
}
