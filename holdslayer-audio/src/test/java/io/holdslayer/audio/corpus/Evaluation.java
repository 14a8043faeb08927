package io.holdslayer.audio.corpus;

import io.holdslayer.audio.AudioPipeline;
import io.holdslayer.audio.FrameFormat;
import io.holdslayer.audio.classify.AudioLabel;
import io.holdslayer.audio.classify.Segment;
import io.holdslayer.audio.hold.AudioEvent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the pipeline on composed calls: per-label precision, recall and F1 over frames (ignoring 0.5 s around
 * each true boundary), the false-transfer rate (a human verdict before the person speaks, or on a call without
 * one), the miss rate (no verdict within 5 s of the person's first word) and the latency from speech onset.
 */
final class Evaluation {

    private static final int MARGIN_FRAMES = 25;
    private static final double MISS_AFTER = 5.0;

    private final Map<AudioLabel, int[]> counts = new EnumMap<>(AudioLabel.class);
    private final Map<String, Integer> confusions = new java.util.TreeMap<>();
    private final List<Double> latencies = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int calls;
    private int withHuman;
    private int falseTransfers;
    private int misses;
    private int holdsDetected;
    private long frames;
    private long nanos;

    Evaluation() {
        for (AudioLabel label : AudioLabel.values()) {
            counts.put(label, new int[3]);
        }
    }

    void score(ComposedCall call) {
        AudioPipeline pipeline = new AudioPipeline();
        int frameCount = call.samples().length / FrameFormat.SAMPLES_PER_FRAME;
        short[] frame = new short[FrameFormat.SAMPLES_PER_FRAME];
        long start = System.nanoTime();
        for (int f = 0; f < frameCount; f++) {
            System.arraycopy(call.samples(), f * FrameFormat.SAMPLES_PER_FRAME, frame, 0, frame.length);
            pipeline.process(frame);
        }
        pipeline.finish();
        nanos += System.nanoTime() - start;
        frames += frameCount;
        calls++;
        scoreLabels(call.truth(), predicted(pipeline.segments(), frameCount));
        scoreVerdict(call, pipeline.events());
        if (Boolean.getBoolean("holdslayer.corpus.trace")) {
            trace(call, pipeline);
        }
    }

    /** With {@code -Dholdslayer.corpus.trace=true}: the call's segments and events after hold, for diagnosis. */
    private static void trace(ComposedCall call, AudioPipeline pipeline) {
        double hold = pipeline.events().stream().filter(e -> e.type().equals("HOLD_DETECTED")).mapToDouble(AudioEvent::t)
                .findFirst().orElse(0);
        System.out.printf(Locale.ROOT, "TRACE %s human at %.2f [%s]%n", call.name(), call.humanOnset(), call.description());
        for (Segment s : pipeline.segments()) {
            if (s.end() >= hold) {
                System.out.printf(Locale.ROOT, "TRACE   %8.2f %8.2f %-8s %.2f%n", s.start(), s.end(), s.label().id(),
                        s.confidence());
            }
        }
        pipeline.events().stream().filter(e -> !e.type().equals("AUDIO_CLASSIFIED")).forEach(e -> System.out.printf(
                Locale.ROOT, "TRACE   %8.2f %s %s%n", e.t(), e.type(), e.reason()));
    }

    private static AudioLabel[] predicted(List<Segment> segments, int frameCount) {
        AudioLabel[] labels = new AudioLabel[frameCount];
        for (Segment s : segments) {
            int from = (int) Math.round(s.start() / 0.02);
            int to = Math.min(frameCount, (int) Math.round(s.end() / 0.02));
            Arrays.fill(labels, Math.max(0, from), Math.max(from, to), s.label());
        }
        return labels;
    }

    private void scoreLabels(AudioLabel[] truth, AudioLabel[] predicted) {
        for (int f = 0; f < truth.length; f++) {
            if (nearBoundary(truth, f) || predicted[f] == null) {
                continue;
            }
            if (truth[f] == predicted[f]) {
                counts.get(truth[f])[0]++;
            } else {
                counts.get(predicted[f])[1]++;
                counts.get(truth[f])[2]++;
                confusions.merge(truth[f].id() + "->" + predicted[f].id(), 1, Integer::sum);
            }
        }
    }

    private static boolean nearBoundary(AudioLabel[] truth, int f) {
        for (int d = Math.max(0, f - MARGIN_FRAMES); d < Math.min(truth.length, f + MARGIN_FRAMES); d++) {
            if (truth[d] != truth[f]) {
                return true;
            }
        }
        return false;
    }

    private void scoreVerdict(ComposedCall call, List<AudioEvent> events) {
        AudioEvent human = events.stream().filter(e -> e.type().equals("HUMAN_DETECTED")).findFirst().orElse(null);
        double verdict = human == null ? -1 : human.t();
        String why = human == null ? "" : " because " + human.reason();
        if (events.stream().anyMatch(e -> e.type().equals("HOLD_DETECTED"))) {
            holdsDetected++;
        }
        if (call.hasHuman()) {
            withHuman++;
        }
        if (verdict >= 0 && (!call.hasHuman() || verdict < call.humanOnset())) {
            falseTransfers++;
            failures.add(String.format(Locale.ROOT, "%s false transfer at %.2f s (human %s)%s [%s]", call.name(),
                    verdict, call.hasHuman() ? String.format(Locale.ROOT, "at %.2f s", call.humanOnset()) : "none",
                    why, call.description()));
        } else if (call.hasHuman() && (verdict < 0 || verdict > call.humanOnset() + MISS_AFTER)) {
            misses++;
            failures.add(String.format(Locale.ROOT, "%s missed the human at %.2f s (verdict %.2f) [%s]", call.name(),
                    call.humanOnset(), verdict, call.description()));
        } else if (call.hasHuman()) {
            latencies.add(verdict - call.humanOnset());
        }
    }

    double falseTransferRate() {
        return falseTransfers / (double) calls;
    }

    double missRate() {
        return withHuman == 0 ? 0 : misses / (double) withHuman;
    }

    double latencyPercentile(double p) {
        if (latencies.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = latencies.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }

    double f1(AudioLabel label) {
        int[] c = counts.get(label);
        double precision = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        double recall = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Mean F1 over the labels that occur in the corpus. */
    double macroF1() {
        return counts.entrySet().stream().filter(e -> e.getValue()[0] + e.getValue()[2] > 0)
                .mapToDouble(e -> f1(e.getKey())).average().orElse(0);
    }

    String report() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "calls=%d with_human=%d holds_detected=%d false_transfer_rate=%.4f miss_rate=%.4f "
                        + "latency_p50_s=%.2f latency_p95_s=%.2f macro_f1=%.3f realtime=%.0fx%n",
                calls, withHuman, holdsDetected, falseTransferRate(), missRate(), latencyPercentile(0.5),
                latencyPercentile(0.95), macroF1(), frames * 0.02 / (nanos / 1e9)));
        for (Map.Entry<AudioLabel, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            if (c[0] + c[2] == 0) {
                continue;
            }
            text.append(String.format(Locale.ROOT, "  %-8s precision=%.3f recall=%.3f f1=%.3f frames=%d%n",
                    e.getKey().id(), c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]),
                    c[0] / (double) (c[0] + c[2]), f1(e.getKey()), c[0] + c[2]));
        }
        text.append("  confusions (truth->predicted frames): ");
        confusions.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(6)
                .forEach(e -> text.append(e.getKey()).append('=').append(e.getValue()).append(' '));
        text.append('\n');
        failures.forEach(f -> text.append("  ").append(f).append('\n'));
        return text.toString();
    }
}
