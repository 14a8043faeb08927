package io.holdslayer.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Turns a prompt's source into a WAV file: Asterisk's recorded prompts and hold music as Debian installs them, or
 * words espeak-ng speaks (made once, kept in the work directory under a digest of voice and words).
 */
public final class Sounds {

    private final Path asterisk;
    private final Path scenarioDir;
    private final Path spoken;
    private final Map<Path, Long> durations = new ConcurrentHashMap<>();

    public Sounds(Path asterisk, Path scenarioDir, Path workDir) throws IOException {
        this.asterisk = asterisk;
        this.scenarioDir = scenarioDir;
        this.spoken = Files.createDirectories(workDir.resolve("spoken"));
    }

    public Path file(Prompt prompt) throws IOException {
        String source = prompt.source();
        int colon = source.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a prompt source is sound:, moh:, say: or file:, got " + source);
        }
        String scheme = source.substring(0, colon);
        String rest = source.substring(colon + 1).strip();
        Path file = switch (scheme.replaceAll("\\[.*]", "")) {
            case "sound" -> asterisk.resolve("sounds/en").resolve(rest + ".wav");
            case "moh" -> asterisk.resolve("moh").resolve(rest + ".wav");
            case "file" -> scenarioDir.resolve(rest);
            case "say" -> say(scheme.contains("[") ? scheme.substring(4, scheme.length() - 1) : "en-us", rest);
            default -> throw new IllegalArgumentException("unknown prompt source " + source);
        };
        if (!Files.isRegularFile(file)) {
            throw new IOException("no audio file for " + source + " (" + file + ")");
        }
        return file;
    }

    /** How long a WAV file plays, in milliseconds. */
    public long millis(Path wav) {
        return durations.computeIfAbsent(wav, file -> {
            try {
                AudioFileFormat format = AudioSystem.getAudioFileFormat(file.toFile());
                return Math.round(format.getFrameLength() * 1000.0 / format.getFormat().getFrameRate());
            } catch (UnsupportedAudioFileException | IOException e) {
                throw new IllegalArgumentException("cannot read " + file, e);
            }
        });
    }

    private Path say(String voice, String words) throws IOException {
        Path wav = spoken.resolve(digest(voice + "\n" + words) + ".wav");
        if (Files.isRegularFile(wav)) {
            return wav;
        }
        Path partial = spoken.resolve(wav.getFileName() + ".tmp");
        Process espeak = new ProcessBuilder("espeak-ng", "-v", voice, "-s", "160", "-w", partial.toString(), words)
                .redirectErrorStream(true).start();
        String output = new String(espeak.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (espeak.waitFor() != 0) {
                throw new IOException("espeak-ng failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        Files.move(partial, wav, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return wav;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
