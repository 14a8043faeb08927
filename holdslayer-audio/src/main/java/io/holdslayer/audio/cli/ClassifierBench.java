package io.holdslayer.audio.cli;

import io.holdslayer.audio.AudioPipeline;
import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.audio.io.Pcm;
import io.holdslayer.audio.vad.VoiceActivity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code ./holdslayer bench classifier}: how many seconds of call audio one core analyses per second, for the
 * whole pipeline and for the voice-activity detector alone, on hold music and prompts (Debian's Asterisk
 * recordings when installed, else synthetic audio). Prints a final {@code BENCH classifier …} line.
 */
public final class ClassifierBench {

    private static final double SECONDS = 120;

    private ClassifierBench() {
    }

    public static void main(String[] args) throws IOException {
        short[] audio = material();
        int frames = audio.length / 160;
        short[] frame = new short[160];
        for (int warm = 0; warm < 2; warm++) {
            runPipeline(audio, frames, frame);
        }
        double pipelineSeconds = runPipeline(audio, frames, frame);
        VoiceActivity vad = VoiceActivity.forStream();
        long start = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            System.arraycopy(audio, i * 160, frame, 0, 160);
            vad.process(frame);
        }
        double vadSeconds = (System.nanoTime() - start) / 1e9;
        double audioSeconds = frames * 0.02;
        System.out.printf(Locale.ROOT, "audio %.0f s, pipeline %.2f s, %s VAD %.2f s%n", audioSeconds, pipelineSeconds,
                vad.name(), vadSeconds);
        System.out.printf(Locale.ROOT, "BENCH classifier realtime_per_core=%.0f vad_realtime_per_core=%.0f vad=%s%n",
                audioSeconds / pipelineSeconds, audioSeconds / vadSeconds, vad.name());
    }

    private static double runPipeline(short[] audio, int frames, short[] frame) {
        AudioPipeline pipeline = new AudioPipeline();
        long start = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            System.arraycopy(audio, i * 160, frame, 0, 160);
            pipeline.process(frame);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Two thirds hold music, one third prompts, like a call on hold; synthetic when Debian's audio is absent. */
    private static short[] material() throws IOException {
        Path music = Path.of("/usr/share/asterisk/moh");
        Path prompts = Path.of("/usr/share/asterisk/sounds/en");
        List<short[]> parts = new ArrayList<>();
        if (Files.isDirectory(music) && Files.isDirectory(prompts)) {
            try (Stream<Path> tracks = Files.list(music)) {
                Path track = tracks.filter(p -> p.toString().endsWith(".wav")).sorted().findFirst().orElseThrow();
                parts.add(java.util.Arrays.copyOf(AudioFiles.read(track).samples(), (int) (SECONDS * 8000 * 2 / 3)));
            }
            try (Stream<Path> files = Files.list(prompts)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".wav")).sorted().limit(40).toList()) {
                    parts.add(AudioFiles.read(p).samples());
                }
            }
        } else {
            short[] synthetic = new short[(int) (SECONDS * 8000)];
            java.util.Random random = new java.util.Random(1);
            for (int i = 0; i < synthetic.length; i++) {
                synthetic[i] = (short) (3000 * Math.sin(2 * Math.PI * 440 * i / 8000.0) + random.nextGaussian() * 500);
            }
            parts.add(synthetic);
        }
        int total = parts.stream().mapToInt(p -> p.length).sum();
        short[] all = new short[Math.min(total, (int) (SECONDS * 8000))];
        int at = 0;
        for (short[] part : parts) {
            int n = Math.min(part.length, all.length - at);
            System.arraycopy(part, 0, all, at, n);
            at += n;
        }
        return new Pcm(all).samples();
    }
}
