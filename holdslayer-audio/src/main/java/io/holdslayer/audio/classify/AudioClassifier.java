package io.holdslayer.audio.classify;

import io.holdslayer.audio.FrameFormat;
import io.holdslayer.audio.feature.FeatureExtractor;
import io.holdslayer.audio.feature.FrameFeatures;
import io.holdslayer.audio.tone.CallProgressDetector;
import io.holdslayer.audio.tone.DtmfDetector;
import io.holdslayer.audio.tone.ProgressTone;
import io.holdslayer.audio.vad.VoiceActivity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Labels a stream frame by frame. Precedence: call-progress tones (frames of a tone not yet confirmed are
 * labelled by its frequencies with low confidence), then DTMF, then silence (the last 200 ms
 * below {@value #SILENCE_DB} dBFS, which also covers comfort noise), then noise (flat, toneless spectrum), then
 * speech or music: from Silero VAD where it can run (see {@link VoiceActivity}; a frame of digital silence inside
 * sound is a lost packet, and the network hears the frame before it again instead), otherwise from
 * {@link SpeechMusicModel} over the last second of non-silent frames; either way with hysteresis (into speech
 * above 0.7, back to music below 0.3) so that a pause inside an announcement does not read as music and a
 * speech-like bar of music does not read as speech. One instance per
 * stream; not thread-safe. Costs one 256-point FFT and a few Goertzel filters per frame.
 */
public final class AudioClassifier {

    static final double SILENCE_DB = -48;
    private static final int WINDOW = 50;
    private static final int SHORT = 10;
    private static final int MIN_MODEL_FRAMES = 15;
    private static final double NOISE_FLATNESS = 0.30;
    private static final double ENTER_SPEECH = 0.7;
    private static final double VAD_SMOOTHING = 0.3;
    private static final double TENTATIVE_TONE = 0.6;
    /**
     * Unfed for this long (300 ms of silence, tones or noise), the voice detector starts afresh: whatever sounds
     * next is a new source, and Silero's memory of the music before it only delays the onset of a voice.
     */
    private static final int VAD_GAP_FRAMES = 15;
    private static final double LEAVE_SPEECH = 0.3;
    /**
     * A frame of digital silence inside sound is a lost packet, not audio: the voice detector hears the last frame
     * before it again (a 20 ms hole of zeros drops Silero's probability for the next 100 ms).
     */
    private static final double DROPOUT_DB = -90;

    private final FeatureExtractor features = new FeatureExtractor();
    private final DtmfDetector dtmf = new DtmfDetector();
    private final CallProgressDetector progress = new CallProgressDetector();
    private final ArrayDeque<FrameFeatures> recent = new ArrayDeque<>(WINDOW);
    private final List<FrameFeatures> voiced = new ArrayList<>(WINDOW);
    private final VoiceActivity vad;
    private final boolean neural;
    private double vadSmoothed;
    private final short[] lastHeard = new short[FrameFormat.SAMPLES_PER_FRAME];
    private long lastVadFrame = Long.MIN_VALUE;
    private long index;
    private boolean speaking;

    public AudioClassifier() {
        this(VoiceActivity.forStream());
    }

    AudioClassifier(VoiceActivity vad) {
        this.vad = vad;
        this.neural = !vad.name().equals("energy");
    }

    /** Which voice-activity detector decides speech: {@code silero-v5} or {@code energy}. */
    public String voiceActivity() {
        return vad.name();
    }

    /**
     * Silero's speech probability, smoothed over about 60 ms. The network is fed only non-silent, toneless frames;
     * after more than 300 ms without feeding, it starts afresh.
     */
    private double neuralSpeech(short[] frame, long at, double levelDb) {
        if (at - lastVadFrame > VAD_GAP_FRAMES) {
            vad.reset();
            vadSmoothed = 0;
            Arrays.fill(lastHeard, (short) 0);
        }
        lastVadFrame = at;
        if (levelDb > DROPOUT_DB) {
            System.arraycopy(frame, 0, lastHeard, 0, frame.length);
        }
        vadSmoothed += VAD_SMOOTHING * (vad.process(lastHeard) - vadSmoothed);
        return vadSmoothed;
    }

    /** The power spectrum of the last frame processed (valid until the next call). */
    public double[] spectrum() {
        return features.spectrum();
    }

    public FrameLabel process(short[] frame) {
        FrameFeatures f = features.next(frame);
        if (recent.size() == WINDOW) {
            recent.removeFirst();
        }
        recent.addLast(f);
        ProgressTone tone = progress.process(frame);
        OptionalInt digit = dtmf.process(frame);
        long at = index++;
        char key = digit.isPresent() ? (char) digit.getAsInt() : 0;
        if (tone != null) {
            return new FrameLabel(at, AudioLabel.valueOf(tone.name()), 0.95, key, f.levelDb());
        }
        if (dtmf.toneActive() || key != 0) {
            return new FrameLabel(at, AudioLabel.DTMF, 0.95, key, f.levelDb());
        }
        ProgressTone tentative = progress.tentative();
        if (tentative != null) {
            // a tone not yet confirmed by its duration or cadence: labelled by its frequencies with low confidence,
            // so that the tone's segment is dated from its first frame
            return new FrameLabel(at, AudioLabel.valueOf(tentative.name()), TENTATIVE_TONE, key, f.levelDb());
        }
        double shortLevel = meanLevelDb(SHORT);
        if (shortLevel < SILENCE_DB) {
            return new FrameLabel(at, AudioLabel.SILENCE, Math.min(1, 0.6 + (SILENCE_DB - shortLevel) / 25), key, f.levelDb());
        }
        int voicedFrames = 0;
        double flatness = 0;
        for (FrameFeatures r : recent) {
            if (r.levelDb() >= SILENCE_DB - 12) {
                voicedFrames++;
                flatness += r.flatness();
            }
        }
        if (!neural && voicedFrames < MIN_MODEL_FRAMES) {
            return new FrameLabel(at, AudioLabel.SPEECH, Segmenter.UNDECIDED, key, f.levelDb());
        }
        if (voicedFrames > 0 && flatness / voicedFrames > NOISE_FLATNESS) {
            return new FrameLabel(at, AudioLabel.NOISE, Math.min(1, flatness / voicedFrames + 0.3), key, f.levelDb());
        }
        double speech = neural ? neuralSpeech(frame, at, f.levelDb()) : SpeechMusicModel.speechProbability(voiced());
        if (speaking ? speech < LEAVE_SPEECH : speech > ENTER_SPEECH) {
            speaking = !speaking;
        }
        return speaking
                ? new FrameLabel(at, AudioLabel.SPEECH, speech, key, f.levelDb())
                : new FrameLabel(at, AudioLabel.MUSIC, 1 - speech, key, f.levelDb());
    }

    /** The frames of the last second that are not silent, for the window model (the fallback path only). */
    private List<FrameFeatures> voiced() {
        voiced.clear();
        for (FrameFeatures r : recent) {
            if (r.levelDb() >= SILENCE_DB - 12) {
                voiced.add(r);
            }
        }
        return voiced;
    }

    private double meanLevelDb(int frames) {
        double sum = 0;
        int n = 0;
        var it = recent.descendingIterator();
        while (it.hasNext() && n < frames) {
            sum += Math.pow(10, it.next().levelDb() / 10);
            n++;
        }
        return 10 * Math.log10(sum / n + 1e-12);
    }
}
