package io.holdslayer.audio.classify;

import java.util.Optional;

/**
 * Turns frame labels into segments with hysteresis: a new label must hold for a while (100 ms for tones and
 * DTMF, 300 ms otherwise) before the segment changes, and the new segment is then dated from its first frame.
 * Short flickers, and frames the classifier could not decide yet, are absorbed into the segment around them.
 */
public final class Segmenter {

    private AudioLabel label;
    private long start;
    private double confidenceSum;
    private long frames;
    private AudioLabel pending;
    private long pendingStart;
    private double pendingConfidence;
    private long pendingFrames;
    private long last = -1;

    /** Frames labelled with this confidence or less say nothing: they neither start nor change a segment. */
    public static final double UNDECIDED = 0.5;

    /** Feeds one frame label; returns the segment that this frame closed, if any. */
    public Optional<Segment> accept(FrameLabel frame) {
        last = frame.index();
        boolean undecided = frame.confidence() <= UNDECIDED;
        if (label == null) {
            if (!undecided) {
                begin(frame.label(), 0, frame.confidence() * (frame.index() + 1), frame.index() + 1);
            }
            return Optional.empty();
        }
        if (undecided && pending != null) {
            // an undecided frame neither confirms nor breaks a change under way: a dip in a voice's speech
            // probability inside its first 300 ms must not hand the frames already seen back to the old segment
            if (frame.label() == pending) {
                pendingConfidence += frame.confidence();
                pendingFrames++;
            } else {
                confidenceSum += frame.confidence();
                frames++;
            }
            return Optional.empty();
        }
        if (frame.label() == label || undecided) {
            confidenceSum += frame.confidence() + pendingConfidence;
            frames += 1 + pendingFrames;
            pending = null;
            pendingFrames = 0;
            pendingConfidence = 0;
            return Optional.empty();
        }
        if (frame.label() != pending) {
            pending = frame.label();
            pendingStart = frame.index();
            pendingConfidence = 0;
            pendingFrames = 0;
        }
        pendingConfidence += frame.confidence();
        pendingFrames++;
        if (pendingFrames < persistence(pending)) {
            return Optional.empty();
        }
        Segment closed = new Segment(start * 0.02, pendingStart * 0.02, label, confidenceSum / frames);
        begin(pending, pendingStart, pendingConfidence, pendingFrames);
        pending = null;
        pendingFrames = 0;
        pendingConfidence = 0;
        return Optional.of(closed);
    }

    /** The label of the current segment (what the stream is now), or {@code null} before the first frame. */
    public AudioLabel current() {
        return label;
    }

    /** Mean confidence of the current segment's frames so far. */
    public double currentConfidence() {
        return frames == 0 ? 0 : confidenceSum / frames;
    }

    public long currentStartFrame() {
        return start;
    }

    /** Closes the last segment at the end of the stream. */
    public Optional<Segment> finish() {
        if (label == null) {
            return Optional.empty();
        }
        return Optional.of(new Segment(start * 0.02, (last + 1) * 0.02, label,
                (confidenceSum + pendingConfidence) / (frames + pendingFrames)));
    }

    private void begin(AudioLabel newLabel, long at, double confidence, long count) {
        label = newLabel;
        start = at;
        confidenceSum = confidence;
        frames = count;
    }

    private static int persistence(AudioLabel label) {
        return switch (label) {
            case DTMF, RINGBACK, BUSY, SIT -> 5;
            default -> 15;
        };
    }
}
