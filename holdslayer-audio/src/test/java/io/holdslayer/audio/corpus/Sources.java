package io.holdslayer.audio.corpus;

import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.audio.io.Pcm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The recordings the corpus is made of, as installed by {@code ./holdslayer test}. */
final class Sources {

    static final Path SOUNDS = Path.of("/usr/share/asterisk/sounds");
    static final Path MUSIC = Path.of("/usr/share/asterisk/moh");

    /** Prompts an IVR plays before hold. */
    static final List<String> IVR_PROMPTS = List.of("en/basic-pbx-ivr-main.wav", "en/vm-press.wav",
            "en/demo-instruct.wav", "en/vm-intro.wav", "en/dir-instr.wav",
            "en/vm-options.wav", "en/conf-getpin.wav");
    /** Announcements a hold loop repeats. */
    static final List<String> ANNOUNCEMENTS = List.of("en/queue-periodic-announce.wav", "en/pls-hold-while-try.wav",
            "en/one-moment-please.wav", "en/queue-thankyou.wav", "en/queue-holdtime.wav", "en/all-circuits-busy-now.wav",
            "es/queue-periodic-announce.wav", "fr/queue-periodic-announce.wav");
    /** espeak-ng voices for agents. */
    static final List<String> VOICES = List.of("en-us", "en-gb+m3", "en+f2", "en-us+m5", "en+f4", "en-gb-scotland",
            "en+m7", "en-us+f3");
    static final List<String> GREETINGS = List.of(
            "Hi, thanks for holding, this is Dana. How can I help you today?",
            "Hello, you're speaking with Marcus in billing. What can I do for you?",
            "Good afternoon, my name is Priya. Can I start with your account number?",
            "Thank you for waiting. This is Tom, who am I speaking with?",
            "Hello? Yes, hi, this is customer support, sorry about the wait.",
            "Hi there, Jordan speaking. I understand you have a question about a charge?");

    private static final Map<String, Pcm> CACHE = new ConcurrentHashMap<>();

    private Sources() {
    }

    static boolean installed() {
        return Files.isDirectory(MUSIC) && Files.isRegularFile(SOUNDS.resolve(ANNOUNCEMENTS.get(0)))
                && Files.isRegularFile(SOUNDS.resolve("fr/queue-periodic-announce.wav"));
    }

    static Pcm sound(String relative) {
        return CACHE.computeIfAbsent(relative, r -> read(SOUNDS.resolve(r)));
    }

    static List<Pcm> musicTracks() {
        try (Stream<Path> files = Files.list(MUSIC)) {
            List<Pcm> tracks = new ArrayList<>();
            files.filter(p -> p.toString().endsWith(".wav")).sorted()
                    .forEach(p -> tracks.add(CACHE.computeIfAbsent(p.toString(), r -> read(p))));
            return tracks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Speech of a voice the prompts do not use, synthesised by espeak-ng (cached per voice and text). */
    static Pcm agent(String voice, String text, Path cacheDir) {
        return CACHE.computeIfAbsent(voice + "|" + text, key -> {
            try {
                Files.createDirectories(cacheDir);
                Path wav = cacheDir.resolve(Integer.toHexString(key.hashCode()) + ".wav");
                if (!Files.exists(wav)) {
                    Process espeak = new ProcessBuilder("espeak-ng", "-v", voice, "-s", "160", "-w", wav.toString(), text)
                            .redirectErrorStream(true).start();
                    espeak.getInputStream().readAllBytes();
                    if (espeak.waitFor() != 0) {
                        throw new IOException("espeak-ng failed for voice " + voice);
                    }
                }
                return AudioFiles.read(wav);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static Pcm read(Path file) {
        try {
            return AudioFiles.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
