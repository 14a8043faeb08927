package io.holdslayer.audio.cli;

import io.holdslayer.audio.AudioPipeline;
import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.audio.io.Pcm;
import io.holdslayer.audio.vad.SileroBatch;
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
 * recordings when installed, else synthetic audio), and for Silero run on 64 streams at once ({@link SileroBatch}).
 * Prints a final {@code BENCH classifier …} line.
 */
public final class ClassifierBench {

    private static final double SECONDS = 120;
    private static final int BATCH = 64;
    private static final int BATCH_SECONDS = 20;

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
        String batched = SileroBatch.create().map(batch -> String.format(Locale.ROOT,
                " vad_batched%d_realtime_per_core=%.0f", BATCH, batchedRealtime(batch, audio))).orElse("");
        System.out.printf(Locale.ROOT, "BENCH classifier realtime_per_core=%.0f vad_realtime_per_core=%.0f vad=%s%s%n",
                audioSeconds / pipelineSeconds, audioSeconds / vadSeconds, vad.name(), batched);
    }

    /**
     * Seconds of audio per second of one core when {@value #BATCH} streams share one network call per 20 ms tick
     * (each stream starts at another place in the material), as the media plane would run them.
     */
    private static double batchedRealtime(SileroBatch batch, short[] audio) {
        int frames = Math.min(audio.length / 160, BATCH_SECONDS * 50);
        List<SileroBatch.Stream> streams = new ArrayList<>();
        for (int s = 0; s < BATCH; s++) {
            streams.add(batch.open());
        }
        short[] frame = new short[160];
        long start = 0;
        for (int pass = 0; pass < 2; pass++) {
            start = System.nanoTime();
            for (int f = 0; f < frames; f++) {
                for (int s = 0; s < BATCH; s++) {
                    int at = (f + s * 97) % (audio.length / 160);
                    System.arraycopy(audio, at * 160, frame, 0, 160);
                    streams.get(s).offer(frame);
                }
                batch.run();
            }
        }
        return BATCH * frames * 0.02 / ((System.nanoTime() - start) / 1e9);
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
