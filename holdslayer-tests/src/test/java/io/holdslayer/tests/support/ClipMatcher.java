package io.holdslayer.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises which registered reference clip a piece of 8 kHz audio was cut from, the way a test's transcription
 * stand-in needs it: the media plane's speech segment may start or end a little off the prompt, have passed
 * through G.711, be louder or quieter. Each clip is reduced to two envelopes per 20 ms frame, the log energy of
 * the low band and of the high band (a first difference), and the received audio is slid along each clip;
 * the score is the best Pearson correlation of the z-scored envelopes over the overlap, times the square root of
 * the share of the longer of the two that overlaps. The best clip wins if it scores at least {@link #threshold}.
 */
public final class ClipMatcher {

    /** A clip that was recognised, and how well. */
    public record Match(String text, double score) {
    }

    private record Clip(String text, double[][] envelope) {
    }

    /**
     * Asterisk's prompts, trimmed, quieter and through µ-law, score 0.82-0.91 against their own clip and at most
     * 0.55 against another prompt of the same speaker.
     */
    public static final double DEFAULT_THRESHOLD = 0.65;
    private static final int FRAME = 160;
    private static final int SHORTEST_FRAMES = 10;

    private final List<Clip> clips = new ArrayList<>();
    private final double threshold;

    public ClipMatcher(double threshold) {
        this.threshold = threshold;
    }

    public void add(String text, short[] samples8k) {
        clips.add(new Clip(text, envelope(samples8k)));
    }

    public Optional<Match> match(short[] samples8k) {
        double[][] heard = envelope(samples8k);
        if (heard[0].length < SHORTEST_FRAMES) {
            return Optional.empty();
        }
        Match best = null;
        for (Clip clip : clips) {
            double score = score(heard, clip.envelope());
            if (best == null || score > best.score()) {
                best = new Match(clip.text(), score);
            }
        }
        return Optional.ofNullable(best).filter(m -> m.score() >= threshold);
    }

    static double score(double[][] a, double[][] b) {
        double[][] shorter = a[0].length <= b[0].length ? a : b;
        double[][] longer = shorter == a ? b : a;
        int n = shorter[0].length;
        double coverage = Math.sqrt(n / (double) longer[0].length);
        double best = -1;
        for (int offset = 0; offset + n <= longer[0].length; offset++) {
            double sum = 0;
            for (int band = 0; band < 2; band++) {
                sum += correlation(shorter[band], longer[band], offset, n);
            }
            best = Math.max(best, sum / 2);
        }
        return best * coverage;
    }

    private static double correlation(double[] x, double[] y, int offset, int n) {
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
            meanY += y[offset + i];
        }
        meanX /= n;
        meanY /= n;
        double xy = 0;
        double xx = 0;
        double yy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[offset + i] - meanY;
            xy += dx * dy;
            xx += dx * dx;
            yy += dy * dy;
        }
        return xx == 0 || yy == 0 ? 0 : xy / Math.sqrt(xx * yy);
    }

    /** [0] low-band and [1] high-band log energy per 20 ms frame. */
    static double[][] envelope(short[] samples) {
        int frames = samples.length / FRAME;
        double[][] envelope = new double[2][frames];
        for (int f = 0; f < frames; f++) {
            double low = 0;
            double high = 0;
            for (int i = f * FRAME; i < (f + 1) * FRAME; i++) {
                int previous = i == 0 ? 0 : samples[i - 1];
                double sum = samples[i] + previous;
                double difference = samples[i] - previous;
                low += sum * sum;
                high += difference * difference;
            }
            envelope[0][f] = 10 * Math.log10(1 + low / FRAME);
            envelope[1][f] = 10 * Math.log10(1 + high / FRAME);
        }
        return envelope;
    }
}
