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
 * <p><b>On hold</b> every stretch of speech is an utterance; speech after a second without speech starts a new
 * one. An utterance is taken from 300 ms before the voice detector dated it (the detector lags the voice), and
 * its first 1.2 s are compared, block by 0.5 s block, with the announcements already heard in this hold
 * ({@link LoopMemory}, which ignores near-silent frames: pauses look alike in every recording), and, more
 * strictly, with everything heard in the last two minutes ({@link HeardAudio}: pieces of an announcement that
 * were taken for music the first time round). An utterance that matches either is a recording and is ignored; one that music follows (for a second: a sliver of "music" as speech
 * fades is not music resuming) is remembered as an announcement, with 0.5 s of what came before it so that a
 * repeat dated earlier still aligns. Once an announcement has come round again the loop is known, and an
 * utterance whose first 0.6 s has been compared with the loop eight times without a match, and that is heard clearly
 * as speech (its segment's mean confidence at least {@value #FAST_PATH_CONFIDENCE}), is a person (with the
 * window model, only after a break of 160 ms of quiet, since that model takes some music for speech). Before the
 * loop is known, a person is recognised by behaviour: speech for at least 500 ms, then 1.5 s of silence with
 * no more music than the sliver a fading voice leaves (500 ms), as someone who has greeted and waits for an
 * answer; the silence must be dead or a steady floor ({@link PauseLevels}): a quiet passage of music falls below
 * the silence threshold too, but keeps moving. Silence alone (dead air) never counts.
 *
 * <p>A hold also has a sound of its own: the gaps between the words of its recordings. Each announcement heard
 * for the first time is measured over its first second ({@link GapDepth}). When at least two have been, and the
 * gaps of every one of them stayed within {@value #BED_DEPTH_DB} dB of the voice (music under the words, or the
 * recording chain's own floor), a voice whose gaps fall {@value #NO_BED_DEPTH_DB} dB or more under it after its
 * first second is not coming from that chain: it is a person, without waiting for a pause. This is what finds
 * people in holds that speak over their music, where a repeat has other music under it and the fingerprints
 * rarely confirm the loop. A voice on a noisy line has shallow gaps and simply waits for the other rules.
 *
 * <p><b>Human</b> is final: one {@code HUMAN_DETECTED} per call.
 */
public final class HoldMonitor {

    static final int HOLD_MUSIC_FRAMES = 150;
    private static final int FAST_PATH_FRAMES = 30;
    private static final int MIN_UTTERANCE_FRAMES = 25;
    private static final int MATCH_WINDOW_FRAMES = 60;
    /** Speech after this long without speech (music, noise or silence) is a new utterance. */
    private static final int NEW_UTTERANCE_GAP_FRAMES = 50;
    private static final int WAITING_PAUSE_FRAMES = 75;
    private static final int BREAK_FRAMES = 8;
    private static final int MUSIC_RESUMED_FRAMES = 50;
    private static final int FADE_SLIVER_FRAMES = 25;
    private static final double QUIET_DB = -45;
    /** Near digital silence, whose fingerprints are alike in every recording. */
    private static final double SILENT_DB = -55;
    /** Blocks that must have been compared with the loop, and differ from it, before the fast path decides. */
    private static final int UNMATCHED_BLOCKS = 8;
    /** Stricter than a match with an announcement: two minutes of audio offer many more chances to match by luck. */
    private static final double HISTORY_MATCH_BIT_ERROR_RATE = 0.22;
    /** The voice detector dates speech this much after it starts; an utterance is taken from that much earlier. */
    private static final int ONSET_LAG_FRAMES = 15;
    /** Frames before an utterance stored with it, so that a repeat whose speech is dated earlier still aligns. */
    private static final int LEAD_FRAMES = 25;
    private static final int BACKLOG = 128;
    /** Announcements whose gaps stay this close under their voice have music under them ({@link GapDepth}). */
    private static final double BED_DEPTH_DB = 24;
    /** Gaps this deep under a voice have nothing under them. */
    private static final double NO_BED_DEPTH_DB = 45;
    private static final int BED_ANNOUNCEMENTS = 2;
    /**
     * The fast path decides only on speech heard clearly: a voice's segments average 0.75–0.98, music that the
     * voice detector half takes for speech 0.55–0.70. Speech below it waits for the other rules.
     */
    private static final double FAST_PATH_CONFIDENCE = 0.72;

    private enum State { BEFORE_HOLD, ON_HOLD, HUMAN }

    private final LoopMemory loop = new LoopMemory();
    private final HeardAudio heard = new HeardAudio();
    private final PauseLevels pause = new PauseLevels();
    private final GapDepth depth = new GapDepth();
    private double labelConfidence;
    private int announcementsMeasured;
    private double deepestAnnouncementGapsDb;
    private final boolean requireBreak;
    private final List<Integer> lead = new ArrayList<>();
    private final List<Integer> utterance = new ArrayList<>();
    private final List<Integer> utteranceShifted = new ArrayList<>();
    private int shifted;
    private long framesIntoSegment;
    private final int[] backlog = new int[BACKLOG];
    private final int[] backlogShifted = new int[BACKLOG];
    private int backlogIndex;
    private int backlogSize;
    private State state = State.BEFORE_HOLD;
    private int musicSinceSpeech;
    private boolean loopConfirmed;
    private boolean utteranceKnown;
    private int unmatchedBlocks;
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
     * misalignment), its level and its time; with the label, the mean confidence of its segment so far; returns an event when the monitor concludes something.
     */
    public Optional<AudioEvent> process(AudioLabel label, double labelConfidence, int fingerprint,
                                        int shiftedFingerprint, double levelDb, double t, long framesIntoSegment) {
        this.labelConfidence = labelConfidence;
        if (levelDb < SILENT_DB) {
            fingerprint |= LoopMemory.QUIET;
            shiftedFingerprint |= LoopMemory.QUIET;
        }
        this.shifted = shiftedFingerprint;
        this.framesIntoSegment = framesIntoSegment;
        heard.append(fingerprint);
        backlog[backlogIndex] = fingerprint;
        backlogShifted[backlogIndex] = shiftedFingerprint;
        backlogIndex = (backlogIndex + 1) % BACKLOG;
        backlogSize = Math.min(BACKLOG, backlogSize + 1);
        recentQuiet[recentIndex] = levelDb < QUIET_DB;
        recentIndex = (recentIndex + 1) % recentQuiet.length;
        return switch (state) {
            case BEFORE_HOLD -> beforeHold(label, t);
            case ON_HOLD -> onHold(label, fingerprint, levelDb, t);
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

    private Optional<AudioEvent> onHold(AudioLabel label, int fingerprint, double levelDb, double t) {
        if (label == AudioLabel.SPEECH) {
            if (inUtterance && pauseFrames >= NEW_UTTERANCE_GAP_FRAMES) {
                endUtteranceAsAnnouncement();
            }
            if (!inUtterance) {
                inUtterance = true;
                utteranceKnown = false;
                unmatchedBlocks = 0;
                seedFromSegmentStart();
                depth.clear();
                breakBefore = quietFramesRecently() >= BREAK_FRAMES;
            } else {
                utterance.add(fingerprint);
                utteranceShifted.add(shifted);
                utteranceSpeechFrames++;
            }
            depth.add(levelDb);
            pauseFrames = 0;
            pause.clear();
            musicRun = 0;
            pauseMusicFrames = 0;
            if (utterance.size() <= MATCH_WINDOW_FRAMES) {
                compareWithWhatWasHeard();
            }
            if (loopConfirmed && (breakBefore || !requireBreak) && !utteranceKnown
                    && utteranceSpeechFrames >= FAST_PATH_FRAMES && unmatchedBlocks >= UNMATCHED_BLOCKS
                    && labelConfidence >= FAST_PATH_CONFIDENCE) {
                return human(t, 0.9, "speech that is not in the hold loop (" + loop.size() + " announcements known)");
            }
            if (!utteranceKnown && holdSpeaksOverMusic() && depth.measured() && depth.depthDb() >= NO_BED_DEPTH_DB) {
                return human(t, 0.85, "speech without the music bed under this hold's announcements");
            }
            return Optional.empty();
        }
        if (!inUtterance) {
            return Optional.empty();
        }
        utterance.add(fingerprint);
        utteranceShifted.add(shifted);
        depth.add(levelDb);
        pauseFrames++;
        pause.add(levelDb);
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
                    && pauseMusicFrames <= FADE_SLIVER_FRAMES && !pause.lively()) {
                return human(t, 0.8, "speech, then a pause without music as if waiting for an answer");
            }
            endUtteranceAsAnnouncement();
        }
        return Optional.empty();
    }

    /**
     * Compares the utterance's latest block with the announcements of this hold, which confirms the loop, and with
     * everything heard before it, which only marks the utterance as a recording: music has repeated bars, so a
     * match there says nothing about announcements coming round.
     */
    private void compareWithWhatWasHeard() {
        if (loopConfirmed && utteranceKnown) {
            return;
        }
        double announcement = Math.min(loop.bestBitErrorRate(utterance), loop.bestBitErrorRate(utteranceShifted));
        if (announcement <= LoopMemory.MATCH_BIT_ERROR_RATE) {
            utteranceKnown = true;
            loopConfirmed = true;
            return;
        }
        if (utteranceKnown) {
            return;
        }
        int exclude = utterance.size() + LEAD_FRAMES;
        double earlier = Math.min(heard.bestBitErrorRate(utterance, exclude),
                heard.bestBitErrorRate(utteranceShifted, exclude));
        if (earlier <= HISTORY_MATCH_BIT_ERROR_RATE) {
            utteranceKnown = true;
        } else if (Math.min(announcement, earlier) < LoopMemory.NOT_COMPARED) {
            unmatchedBlocks++;
        }
    }

    /**
     * The smoothed label turns to speech some frames after the speech began; the utterance starts from the
     * segment's first frame, taken from the backlog, so that a stored announcement includes its opening words.
     */
    private void seedFromSegmentStart() {
        utterance.clear();
        utteranceShifted.clear();
        int frames = (int) Math.min(backlogSize, Math.max(1, framesIntoSegment + 1) + ONSET_LAG_FRAMES);
        lead.clear();
        for (int i = Math.min(backlogSize, frames + LEAD_FRAMES); i > frames; i--) {
            lead.add(backlog[Math.floorMod(backlogIndex - i, BACKLOG)]);
        }
        for (int i = frames; i >= 1; i--) {
            int slot = Math.floorMod(backlogIndex - i, BACKLOG);
            utterance.add(backlog[slot]);
            utteranceShifted.add(backlogShifted[slot]);
        }
        utteranceSpeechFrames = frames;
    }

    /** Every announcement measured so far had music under its words (at least {@value #BED_ANNOUNCEMENTS}). */
    private boolean holdSpeaksOverMusic() {
        return announcementsMeasured >= BED_ANNOUNCEMENTS && deepestAnnouncementGapsDb <= BED_DEPTH_DB;
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
        if (!utteranceKnown && depth.measured()) {
            announcementsMeasured++;
            deepestAnnouncementGapsDb = Math.max(deepestAnnouncementGapsDb, depth.depthDb());
        }
        if (!utteranceKnown) {
            List<Integer> stored = new ArrayList<>(lead);
            stored.addAll(utterance.subList(0, Math.max(0, utterance.size() - pauseFrames)));
            loop.remember(stored);
        }
        inUtterance = false;
        pauseFrames = 0;
    }

    private Optional<AudioEvent> human(double t, double confidence, String reason) {
        state = State.HUMAN;
        return Optional.of(new AudioEvent(t, "HUMAN_DETECTED", confidence, reason));
    }
}
