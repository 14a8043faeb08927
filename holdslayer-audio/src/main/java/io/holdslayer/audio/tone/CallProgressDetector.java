package io.holdslayer.audio.tone;

import io.holdslayer.audio.FrameFormat;

/**
 * Recognises ringback, busy/reorder and special information tones from frequencies and cadence.
 *
 * <p>Frame by frame it finds the {@link ToneSignature} of the last 40 ms and tracks how long each signature has
 * lasted. Frequency pairs that belong to one tone only (440+480, 400+450 ringback; 480+620 busy) are reported
 * after 100 ms. The European 425 Hz tone is both ringback and busy, so its cadence decides: a burst of 0.8 s or
 * more is ringback, bursts of 0.2–0.7 s are busy. A SIT is the three rising tones in order, each 200–500 ms.
 * Once recognised, a tone is held through the silences of its cadence (up to 4.5 s for ringback) so that a
 * ringing line reads as one ringback segment, not as ringback and silence alternating.
 */
public final class CallProgressDetector {

    private static final int WINDOW = 2 * FrameFormat.SAMPLES_PER_FRAME;
    private static final int UNIQUE_PAIR_FRAMES = 5;
    private static final int EU_RINGBACK_FRAMES = 40;
    private static final int EU_BUSY_MIN_FRAMES = 10;
    private static final int EU_BUSY_MAX_FRAMES = 35;
    private static final int SIT_MIN_FRAMES = 10;
    private static final int SIT_MAX_FRAMES = 25;
    private static final int RINGBACK_HOLD_FRAMES = 225;
    private static final int BUSY_HOLD_FRAMES = 40;
    private static final int SIT_HOLD_FRAMES = 50;

    private final short[] window = new short[WINDOW];
    private ToneSignature current = ToneSignature.NONE;
    private int run;
    private ToneSignature lastCompleted = ToneSignature.NONE;
    private int lastCompletedRun;
    private ToneSignature beforeLast = ToneSignature.NONE;
    private ProgressTone verdict;
    private int holdLeft;

    /** Feeds one frame; returns the tone this frame belongs to, or {@code null}. */
    public ProgressTone process(short[] frame) {
        System.arraycopy(window, FrameFormat.SAMPLES_PER_FRAME, window, 0, FrameFormat.SAMPLES_PER_FRAME);
        System.arraycopy(frame, 0, window, FrameFormat.SAMPLES_PER_FRAME, FrameFormat.SAMPLES_PER_FRAME);
        ToneSignature signature = ToneSignature.of(window);
        if (signature != current) {
            completeRun();
            current = signature;
            run = 0;
        }
        run++;
        ProgressTone now = judge();
        if (now != null) {
            verdict = now;
            holdLeft = holdFrames(now);
        } else if (verdict != null && holdLeft > 0) {
            holdLeft--;
        } else {
            verdict = null;
        }
        return verdict;
    }

    /**
     * What the tone in this frame probably is, before its duration or cadence has been confirmed; {@code null}
     * when the frame carries no call-progress frequencies.
     */
    public ProgressTone tentative() {
        return switch (current) {
            case NONE -> null;
            case NA_BUSY -> ProgressTone.BUSY;
            case SIT_LOW, SIT_MID, SIT_HIGH -> ProgressTone.SIT;
            default -> ProgressTone.RINGBACK;
        };
    }

    /** Whether this frame itself carries a call-progress tone (not just the silence of a cadence). */
    public boolean toneActive() {
        return current != ToneSignature.NONE;
    }

    private void completeRun() {
        if (current == ToneSignature.NONE) {
            return;
        }
        beforeLast = lastCompleted;
        lastCompleted = current;
        lastCompletedRun = run;
    }

    private ProgressTone judge() {
        switch (current) {
            case NA_RINGBACK, UK_RINGBACK:
                return run >= UNIQUE_PAIR_FRAMES ? ProgressTone.RINGBACK : null;
            case NA_BUSY:
                return run >= UNIQUE_PAIR_FRAMES ? ProgressTone.BUSY : null;
            case EU_425:
                if (run >= EU_RINGBACK_FRAMES) {
                    return ProgressTone.RINGBACK;
                }
                // once the cadence is known, each new burst continues it
                return verdict != null && run >= UNIQUE_PAIR_FRAMES ? verdict : null;
            case SIT_HIGH:
                boolean sequence = lastCompleted == ToneSignature.SIT_MID && beforeLast == ToneSignature.SIT_LOW
                        && inSitRange(lastCompletedRun);
                return sequence && run >= SIT_MIN_FRAMES ? ProgressTone.SIT : null;
            case NONE:
                boolean euBusyBurst = lastCompleted == ToneSignature.EU_425 && run == 1
                        && lastCompletedRun >= EU_BUSY_MIN_FRAMES && lastCompletedRun <= EU_BUSY_MAX_FRAMES;
                return euBusyBurst ? ProgressTone.BUSY : null;
            default:
                return null;
        }
    }

    private static boolean inSitRange(int frames) {
        return frames >= SIT_MIN_FRAMES && frames <= SIT_MAX_FRAMES;
    }

    private static int holdFrames(ProgressTone tone) {
        return switch (tone) {
            case RINGBACK -> RINGBACK_HOLD_FRAMES;
            case BUSY -> BUSY_HOLD_FRAMES;
            case SIT -> SIT_HOLD_FRAMES;
        };
    }
}
