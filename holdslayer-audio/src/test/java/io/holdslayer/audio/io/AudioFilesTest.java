package io.holdslayer.audio.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudioFilesTest {

    static short[] sine(double hz, int rate, double seconds, double amplitude) {
        short[] samples = new short[(int) (rate * seconds)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return samples;
    }

    static void writeWav(short[] samples, int rate, int channels, Path file) throws Exception {
        byte[] bytes = new byte[samples.length * 2 * channels];
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            for (int c = 0; c < channels; c++) {
                buffer.putShort(s);
            }
        }
        AudioFormat format = new AudioFormat(rate, 16, channels, true, false);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(bytes), format, samples.length),
                AudioFileFormat.Type.WAVE, file.toFile());
    }

    static double rms(short[] samples, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) samples[i] * samples[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    @Test
    void a48kHzStereoFileBecomes8kHzMonoKeepingInBandTones(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tone.wav");
        writeWav(sine(1000, 48000, 1.0, 0.5), 48000, 2, file);

        Pcm pcm = AudioFiles.read(file);

        assertEquals(8000, pcm.samples().length, 2);
        assertEquals(0.5 * 32767 / Math.sqrt(2), rms(pcm.samples(), 400, 7600), 300);
    }

    @Test
    void toneAboveTheTelephoneBandDoesNotFoldBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("high.wav");
        writeWav(sine(6000, 44100, 1.0, 0.5), 44100, 1, file);

        Pcm pcm = AudioFiles.read(file);

        assertTrue(rms(pcm.samples(), 400, 7600) < 0.02 * 32767, "aliased energy " + rms(pcm.samples(), 400, 7600));
    }

    @Test
    void ulawAndAlawFilesRoundTrip(@TempDir Path dir) throws Exception {
        Pcm original = new Pcm(sine(440, 8000, 0.5, 0.3));
        for (AudioFormat.Encoding encoding : new AudioFormat.Encoding[]{AudioFormat.Encoding.ULAW, AudioFormat.Encoding.ALAW}) {
            Path file = dir.resolve(encoding + ".wav");
            AudioFiles.write(original, encoding, file);

            Pcm read = AudioFiles.read(file);

            assertEquals(original.samples().length, read.samples().length);
            assertEquals(rms(original.samples(), 0, 4000), rms(read.samples(), 0, 4000), 0.01 * 32767, encoding.toString());
        }
    }

    @Test
    void aFileThatIsNotAudioIsAClearError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notes.wav");
        java.nio.file.Files.writeString(file, "not audio");

        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> AudioFiles.read(file));
        assertTrue(e.getMessage().contains("notes.wav: not a supported audio file"), e.getMessage());
    }
}
