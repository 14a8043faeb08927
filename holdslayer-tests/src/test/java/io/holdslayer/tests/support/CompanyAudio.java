package io.holdslayer.tests.support;

import io.holdslayer.audio.io.AudioFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a company sends after it answers, composed from real recordings that Debian installs for the tests
 * (Asterisk's hold music and queue announcements) and a voice that espeak-ng speaks: 8 kHz mono samples,
 * appended piece by piece.
 */
public final class CompanyAudio {

    public static final Path HOLD_MUSIC = Path.of("/usr/share/asterisk/moh/manolo_camp-morning_coffee.wav");
    public static final Path ANNOUNCEMENT = Path.of("/usr/share/asterisk/sounds/en/queue-periodic-announce.wav");
    private static final int RATE = 8000;

    private short[] samples = new short[0];

    public CompanyAudio silence(double seconds) {
        return append(new short[(int) (seconds * RATE)]);
    }

    /** A stretch of a recording from {@code from} seconds, at {@code gain}. */
    public CompanyAudio recording(Path file, double from, double seconds, double gain) throws IOException {
        short[] all = AudioFiles.read(file).samples();
        int start = (int) (from * RATE);
        int end = seconds <= 0 ? all.length : Math.min(all.length, start + (int) (seconds * RATE));
        short[] piece = Arrays.copyOfRange(all, start, end);
        for (int i = 0; i < piece.length; i++) {
            piece[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(piece[i] * gain)));
        }
        return append(piece);
    }

    public CompanyAudio recording(Path file) throws IOException {
        return recording(file, 0, 0, 1.0);
    }

    /** A live agent: espeak-ng says {@code words}. */
    public CompanyAudio agentSays(String words, Path workDir) throws IOException, InterruptedException {
        Path wav = workDir.resolve("agent-" + Integer.toHexString(words.hashCode()) + ".wav");
        Process espeak = new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "160", "-w", wav.toString(), words)
                .redirectErrorStream(true).start();
        String output = new String(espeak.getInputStream().readAllBytes());
        if (espeak.waitFor() != 0 || !Files.exists(wav)) {
            throw new IOException("espeak-ng failed: " + output);
        }
        return recording(wav);
    }

    private CompanyAudio append(short[] piece) {
        short[] joined = Arrays.copyOf(samples, samples.length + piece.length);
        System.arraycopy(piece, 0, joined, samples.length, piece.length);
        samples = joined;
        return this;
    }

    public short[] samples() {
        return samples.clone();
    }

    public double seconds() {
        return samples.length / (double) RATE;
    }
}
