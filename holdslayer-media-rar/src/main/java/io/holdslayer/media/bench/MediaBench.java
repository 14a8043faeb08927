package io.holdslayer.media.bench;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.RecordingMode;
import io.holdslayer.media.engine.EngineSettings;
import io.holdslayer.media.engine.MediaEngine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the largest number of concurrent legs the engine carries with at most 0.1 % late frames, each leg
 * receiving 20 ms PCMU from a load generator in another process, monitored by an analysis tap and recorded.
 * A late frame is a leg's frame played out by a tick that finished after its deadline, or a packet the jitter
 * buffer dropped because it came after its playout time. Prints one line per trial and a final
 * {@code BENCH media sessions=<N> cpu_us_per_frame=<x> gc_pause_max_ms=<y>} (CPU of this process, which holds
 * the engine, per leg-frame; the generator's CPU is not counted). Tap frames dropped are reported per trial.
 * Each trial measures the steady state: 3 s of warm-up, one full collection (which promotes the legs'
 * long-lived buffers, as happens early in a running gateway), 2 s more, then the measured window.
 */
public final class MediaBench {

    record Trial(int sessions, double latePercent, double cpuMicrosPerFrame, long gcPauseMaxMillis,
                 double tapDropPercent, long frames, long lateTickFrames, long latePackets) {
        boolean sustained() {
            return latePercent <= 0.1 && frames > 0;
        }
    }

    private static final double MEASURE_SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "30"));
    private static final double WARMUP_SECONDS = 3;
    private static final boolean TAPS = !Boolean.getBoolean("bench.no-taps");

    private final GcPauses gc = new GcPauses();
    private final Path audio;
    private final Path scratch;

    private MediaBench(Path audio, Path scratch) {
        this.audio = audio;
        this.scratch = scratch;
    }

    public static void main(String[] args) throws Exception {
        int max = Integer.getInteger("bench.max", 1600);
        Path music = Path.of("/usr/share/asterisk/moh/macroform-cold_day.wav");
        Path scratch = Files.createTempDirectory("holdslayer-bench-media");
        MediaBench bench = new MediaBench(Files.exists(music) ? music : null, scratch);
        Trial best = bench.search(Integer.getInteger("bench.start", 25), max);
        deleteTree(scratch);
        System.out.printf(Locale.ROOT, "BENCH media sessions=%d cpu_us_per_frame=%.1f gc_pause_max_ms=%d%n",
                best == null ? 0 : best.sessions(), best == null ? 0.0 : best.cpuMicrosPerFrame(),
                best == null ? 0 : best.gcPauseMaxMillis());
    }

    /** Doubles N until a trial fails, then bisects between the last good and the first failed N (to 10 %). */
    private Trial search(int start, int max) throws Exception {
        Trial best = null;
        int failed = max + 1;
        for (int n = start; n <= max; n *= 2) {
            Trial trial = run(n);
            if (!trial.sustained()) {
                failed = n;
                break;
            }
            best = trial;
        }
        int good = best == null ? 0 : best.sessions();
        while (good > 0 && failed <= max && failed - good > Math.max(10, good / 10)) {
            int middle = (good + failed) / 2;
            Trial trial = run(middle);
            if (trial.sustained()) {
                best = trial;
                good = middle;
            } else {
                failed = middle;
            }
        }
        return best;
    }

    Trial run(int sessions) throws Exception {
        Process generator = startGenerator();
        BufferedReader out = new BufferedReader(new InputStreamReader(generator.getInputStream(), StandardCharsets.US_ASCII));
        String first = out.readLine();
        if (first == null || !first.startsWith("PORT ")) {
            throw new IOException("the load generator did not start: " + first);
        }
        int generatorPort = Integer.parseInt(first.substring(5).trim());
        Path recordings = Files.createDirectories(scratch.resolve("n" + sessions));
        EngineSettings settings = EngineSettings.loopback(Integer.getInteger("bench.port-min", 30000),
                Integer.getInteger("bench.port-max", 33999), recordings);
        try (MediaEngine engine = new MediaEngine(settings, event -> { }, MediaEngine.daemonThreads())) {
            List<String> legs = new ArrayList<>();
            StringBuilder ports = new StringBuilder("PORTS ");
            String offer = "v=0\r\no=gen 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                    + "m=audio " + generatorPort + " RTP/AVP 0 101\r\na=rtpmap:101 telephone-event/8000\r\n";
            for (int i = 0; i < sessions; i++) {
                String leg = engine.openLeg("bench-" + i, LegRole.COMPANY);
                engine.answerOffer(leg, offer);
                if (TAPS) {
                    engine.monitor(leg);
                    engine.startRecording("bench-" + i, RecordingMode.STEREO);
                }
                legs.add(leg);
                ports.append(i == 0 ? "" : ",").append(engine.localPort(leg));
            }
            OutputStream control = generator.getOutputStream();
            control.write((ports + "\n").getBytes(StandardCharsets.US_ASCII));
            control.flush();
            Thread.sleep((long) (WARMUP_SECONDS * 1000));
            // steady state: the legs' long-lived buffers (recorders, taps) are promoted once, as in a running gateway
            System.gc();
            Thread.sleep(2000);
            Snapshot before = Snapshot.of(engine, legs);
            gc.maxMillisAndReset();
            engine.clock().maxTickNanosAndReset();
            Thread.sleep((long) (MEASURE_SECONDS * 1000));
            Snapshot after = Snapshot.of(engine, legs);
            long gcMax = gc.maxMillisAndReset();
            double maxTickMillis = engine.clock().maxTickNanosAndReset() / 1e6;
            control.close();
            generator.waitFor();
            Trial trial = after.minus(before, sessions, gcMax);
            System.out.printf(Locale.ROOT, "trial sessions=%d late_pct=%.3f cpu_us_per_frame=%.1f gc_pause_max_ms=%d"
                            + " tap_drop_pct=%.2f frames=%d late_tick_frames=%d late_packets=%d max_tick_ms=%.1f"
                            + " load=%.1f%n", sessions,
                    trial.latePercent(), trial.cpuMicrosPerFrame(), gcMax, trial.tapDropPercent(), trial.frames(),
                    trial.lateTickFrames(), trial.latePackets(), maxTickMillis,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            return trial;
        } finally {
            generator.destroy();
            deleteTree(recordings);
        }
    }

    private Process startGenerator() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                LoadGenerator.class.getName()));
        if (audio != null) {
            command.add(audio.toString());
        }
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Counters at one moment. */
    private record Snapshot(long frames, long lateFrames, long latePackets, long cpuNanos, long tapDropped,
                            long tapAnalysed) {

        static Snapshot of(MediaEngine engine, List<String> legs) {
            long latePackets = 0;
            for (String leg : legs) {
                latePackets += engine.statistics(leg).packetsLate();
            }
            long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            return new Snapshot(engine.clock().frames(), engine.clock().lateFrames(), latePackets, cpu,
                    engine.tapFramesDropped(), engine.tapFramesAnalysed());
        }

        Trial minus(Snapshot before, int sessions, long gcMax) {
            long frameCount = frames - before.frames;
            long late = lateFrames - before.lateFrames + latePackets - before.latePackets;
            long dropped = tapDropped - before.tapDropped;
            long offered = dropped + tapAnalysed - before.tapAnalysed;
            return new Trial(sessions, frameCount == 0 ? 100 : 100.0 * late / frameCount,
                    frameCount == 0 ? 0 : (cpuNanos - before.cpuNanos) / 1000.0 / frameCount, gcMax,
                    offered == 0 ? 0 : 100.0 * dropped / offered, frameCount, lateFrames - before.lateFrames,
                    latePackets - before.latePackets);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
