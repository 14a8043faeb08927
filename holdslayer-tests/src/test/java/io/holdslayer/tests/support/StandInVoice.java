package io.holdslayer.tests.support;

import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.audio.io.Pcm;

import javax.sound.sampled.AudioFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The stand-in's text to speech: espeak-ng's voice when it is installed, else a tone as long as the words. */
final class StandInVoice {

    private StandInVoice() {
    }

    static byte[] wav(String text) throws IOException {
        Path file = Files.createTempFile("standin-speech-", ".wav");
        try {
            if (!espeak(text, file)) {
                AudioFiles.write(new Pcm(tone(0.07 * Math.max(10, text.length()))), AudioFormat.Encoding.PCM_SIGNED,
                        file);
            }
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static boolean espeak(String text, Path file) {
        try {
            Process espeak = new ProcessBuilder("espeak-ng", "-v", "en-us", "-w", file.toString(), text)
                    .redirectErrorStream(true).start();
            espeak.getInputStream().readAllBytes();
            return espeak.waitFor() == 0 && Files.size(file) > 44;
        } catch (IOException noEspeak) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static short[] tone(double seconds) {
        short[] samples = new short[(int) (seconds * 8000)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (6000 * Math.sin(2 * Math.PI * 440 * i / 8000.0));
        }
        return samples;
    }
}
