package io.holdslayer.audio.hold;

import io.holdslayer.audio.classify.AudioLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides when a call is on hold and when a live person comes on the line.
 *
 * <p><b>Before hold</b> (IVR prompts, ringing) nothing but {@code HOLD_DETECTED} can happen: IVR prompts are
 * recorded speech followed by pauses, exactly what a person sounds like. Hold is detected after
 * {@value #HOLD_MUSIC_FRAMES} frames (3 s) of music since the last speech.
 *
 * <p><b>On hold</b> every stretch of speech is an utterance. Its sub-fingerprints are compared, block by block,
 * with the announcements already heard in this hold ({@link LoopMemory}); an utterance that matches is the loop
 * and is ignored, and an utterance that music follows (for a second: a sliver of "music" as speech fades is not
 * music resuming) is remembered as an announcement. Once an announcement
 * has come round again the loop is known, and speech that matches none of it for its first second is a person, provided it
 * began after a break (160 ms of quiet in the 800 ms before the utterance was recognised): a person takes over
 * when the music stops, while a vocal passage inside the music has no break. Before the
 * loop is known, a person is recognised by behaviour: speech for at least 500 ms, then 1.5 s of silence with
 * no more music than the sliver a fading voice leaves (500 ms), as someone who has greeted and waits for an
 * answer. Silence alone (dead air) never counts.
 *
 * <p><b>Human</b> is final: one {@code HUMAN_DETECTED} per call.
 */
public final class HoldMonitor {

    static final int HOLD_MUSIC_FRAMES = 150;
    private static final int FAST_PATH_FRAMES = 50;
    private static final int MIN_UTTERANCE_FRAMES = 25;
    private static final int WAITING_PAUSE_FRAMES = 75;
    private static final int BREAK_FRAMES = 8;
    private static final int MUSIC_RESUMED_FRAMES = 50;
    private static final int FADE_SLIVER_FRAMES = 25;
    private static final double QUIET_DB = -45;

    private enum State { BEFORE_HOLD, ON_HOLD, HUMAN }

    private final LoopMemory loop = new LoopMemory();
    private final boolean requireBreak;
    private final List<Integer> utterance = new ArrayList<>();
    private final List<Integer> utteranceShifted = new ArrayList<>();
    private int shifted;
    private long framesIntoSegment;
    private static final int BACKLOG = 64;
    private final int[] backlog = new int[BACKLOG];
    private final int[] backlogShifted = new int[BACKLOG];
    private int backlogIndex;
    private int backlogSize;
    private State state = State.BEFORE_HOLD;
    private int musicSinceSpeech;
    private boolean loopConfirmed;
    private boolean utteranceKnown;
    private int utteranceSpeechFrames;
    private int pauseFrames;
    private boolean inUtterance;
    private int musicRun;
    private int pauseMusicFrames;
    private boolean breakBefore;
    private final boolean[] recentQuiet = new boolean[40];
    private int recentIndex;

    /**
     * @param requireBreak whether the fast path needs a quiet break before the utterance: needed when speech is
     *                     told from music by the window model, which takes some music for speech; not with a
     *                     neural VAD
     */
    public HoldMonitor(boolean requireBreak) {
        this.requireBreak = requireBreak;
    }

    /**
     * Feeds one frame: the current (smoothed) label, its sub-fingerprint, the sub-fingerprint of the same stream
     * shifted by half a frame (a repeat of an announcement starts at any sample, and two phases halve the worst
     * misalignment), its level and its time; returns an event when the monitor concludes something.
     */
    public Optional<AudioEvent> process(AudioLabel label, int fingerprint, int shiftedFingerprint, double levelDb,
                                        double t, long framesIntoSegment) {
        this.shifted = shiftedFingerprint;
        this.framesIntoSegment = framesIntoSegment;
        backlog[backlogIndex] = fingerprint;
        backlogShifted[backlogIndex] = shiftedFingerprint;
        backlogIndex = (backlogIndex + 1) % BACKLOG;
        backlogSize = Math.min(BACKLOG, backlogSize + 1);
        recentQuiet[recentIndex] = levelDb < QUIET_DB;
        recentIndex = (recentIndex + 1) % recentQuiet.length;
        return switch (state) {
            case BEFORE_HOLD -> beforeHold(label, t);
            case ON_HOLD -> onHold(label, fingerprint, t);
            case HUMAN -> Optional.empty();
        };
    }

    private Optional<AudioEvent> beforeHold(AudioLabel label, double t) {
        if (label == AudioLabel.SPEECH) {
            musicSinceSpeech = 0;
        } else if (label == AudioLabel.MUSIC && ++musicSinceSpeech >= HOLD_MUSIC_FRAMES) {
            state = State.ON_HOLD;
            return Optional.of(new AudioEvent(t, "HOLD_DETECTED", 0.9, "3 s of music after the last speech"));
        }
        return Optional.empty();
    }

    private Optional<AudioEvent> onHold(AudioLabel label, int fingerprint, double t) {
        if (label == AudioLabel.SPEECH) {
            if (!inUtterance) {
                inUtterance = true;
                utteranceKnown = false;
                seedFromSegmentStart();
                breakBefore = quietFramesRecently() >= BREAK_FRAMES;
            } else {
                utterance.add(fingerprint);
                utteranceShifted.add(shifted);
                utteranceSpeechFrames++;
            }
            pauseFrames = 0;
            musicRun = 0;
            pauseMusicFrames = 0;
            if (!utteranceKnown && utterance.size() >= LoopMemory.BLOCK
                    && (loop.recognises(utterance) || loop.recognises(utteranceShifted))) {
                utteranceKnown = true;
                loopConfirmed = true;
            }
            if (loopConfirmed && (breakBefore || !requireBreak) && !utteranceKnown
                    && utteranceSpeechFrames >= FAST_PATH_FRAMES) {
                return human(t, 0.9, "speech that is not in the hold loop (" + loop.size() + " announcements known)");
            }
            return Optional.empty();
        }
        if (!inUtterance) {
            return Optional.empty();
        }
        utterance.add(fingerprint);
        utteranceShifted.add(shifted);
        pauseFrames++;
        if (label == AudioLabel.MUSIC) {
            pauseMusicFrames++;
            if (++musicRun >= MUSIC_RESUMED_FRAMES) {
                endUtteranceAsAnnouncement();
            }
            return Optional.empty();
        }
        musicRun = 0;
        if (label == AudioLabel.SILENCE && pauseFrames >= WAITING_PAUSE_FRAMES) {
            if (!utteranceKnown && utteranceSpeechFrames >= MIN_UTTERANCE_FRAMES
                    && pauseMusicFrames <= FADE_SLIVER_FRAMES) {
                return human(t, 0.8, "speech, then a pause without music as if waiting for an answer");
            }
            endUtteranceAsAnnouncement();
        }
        return Optional.empty();
    }

    /**
     * The smoothed label turns to speech some frames after the speech began; the utterance starts from the
     * segment's first frame, taken from the backlog, so that a stored announcement includes its opening words.
     */
    private void seedFromSegmentStart() {
        utterance.clear();
        utteranceShifted.clear();
        int frames = (int) Math.min(backlogSize, Math.max(1, framesIntoSegment + 1));
        for (int i = frames; i >= 1; i--) {
            int slot = Math.floorMod(backlogIndex - i, BACKLOG);
            utterance.add(backlog[slot]);
            utteranceShifted.add(backlogShifted[slot]);
        }
        utteranceSpeechFrames = frames;
    }

    private int quietFramesRecently() {
        int quiet = 0;
        for (boolean q : recentQuiet) {
            quiet += q ? 1 : 0;
        }
        return quiet;
    }

    private void endUtteranceAsAnnouncement() {
        musicRun = 0;
        pauseMusicFrames = 0;
        if (!utteranceKnown) {
            loop.remember(utterance.subList(0, Math.max(0, utterance.size() - pauseFrames)));
        }
        inUtterance = false;
        pauseFrames = 0;
    }

    private Optional<AudioEvent> human(double t, double confidence, String reason) {
        state = State.HUMAN;
        return Optional.of(new AudioEvent(t, "HUMAN_DETECTED", confidence, reason));
    }
}
