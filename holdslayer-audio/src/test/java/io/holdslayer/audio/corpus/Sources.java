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
    /** Real speech of other speakers (pocketsphinx-testdata): a LibriVox reader and spoken card names. */
    static final Path HUMANS = Path.of("/usr/share/pocketsphinx/test/data");
    /** A MIDI file timidity renders with freepats into synthetic hold music. */
    static final Path MIDI = Path.of("/usr/share/doc/timidity/examples/test_sample.mid.gz");

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
                && Files.isRegularFile(SOUNDS.resolve("fr/queue-periodic-announce.wav"))
                && Files.isDirectory(HUMANS.resolve("librivox")) && Files.isRegularFile(MIDI);
    }

    /** Recordings of real people saying something, as agents would. */
    static List<Pcm> humanRecordings() {
        List<Pcm> recordings = new ArrayList<>();
        for (String folder : List.of("librivox", "cards")) {
            try (Stream<Path> files = Files.list(HUMANS.resolve(folder))) {
                files.filter(p -> p.toString().endsWith(".wav")).sorted()
                        .forEach(p -> recordings.add(CACHE.computeIfAbsent(p.toString(), r -> read(p))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return recordings;
    }

    /** The MIDI example rendered by timidity with freepats (44.1 kHz stereo, resampled on reading), cached. */
    static Pcm synthesizedMusic(Path cacheDir) {
        return CACHE.computeIfAbsent("timidity", key -> {
            Path midi = cacheDir.resolve("test_sample.mid");
            try {
                Files.createDirectories(cacheDir);
                try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(MIDI))) {
                    Files.write(midi, in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path wav = cacheDir.resolve("timidity-test-sample.wav");
            return rendered(wav, "timidity", "-c", "/etc/timidity/freepats.cfg", "-Ow", "-o", wav.toString(),
                    midi.toString());
        });
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
            Path wav = cacheDir.resolve(Integer.toHexString(key.hashCode()) + ".wav");
            return rendered(wav, "espeak-ng", "-v", voice, "-s", "160", "-w", wav.toString(), text);
        });
    }

    /** Reads {@code wav}, first running {@code command} to make it if it is not there yet. */
    private static Pcm rendered(Path wav, String... command) {
        try {
            Files.createDirectories(wav.getParent());
            if (!Files.exists(wav)) {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                process.getInputStream().readAllBytes();
                if (process.waitFor() != 0) {
                    throw new IOException(String.join(" ", command) + " failed");
                }
            }
            return AudioFiles.read(wav);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Pcm read(Path file) {
        try {
            return AudioFiles.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
