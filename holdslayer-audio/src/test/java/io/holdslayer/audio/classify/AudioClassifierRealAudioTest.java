package io.holdslayer.audio.classify;

import io.holdslayer.audio.cli.Analysis;
import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.audio.io.Pcm;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classifier on real recordings that Debian installs (./holdslayer test installs them). */
class AudioClassifierRealAudioTest {

    static Map<AudioLabel, Double> shares(Path file) throws Exception {
        assertTrue(Files.isRegularFile(file), file + " is missing; ./holdslayer test installs it");
        Pcm pcm = AudioFiles.read(file);
        AudioClassifier classifier = new AudioClassifier();
        Map<AudioLabel, Double> shares = new EnumMap<>(AudioLabel.class);
        for (int i = 0; i < pcm.frameCount(); i++) {
            shares.merge(classifier.process(pcm.frame(i)).label(), 1.0 / pcm.frameCount(), Double::sum);
        }
        return shares;
    }

    @Test
    void holdMusicIsMusic() throws Exception {
        Map<AudioLabel, Double> shares = shares(Path.of("/usr/share/asterisk/moh/macroform-robot_dity.wav"));
        assertTrue(shares.getOrDefault(AudioLabel.MUSIC, 0.0) > 0.9, shares.toString());
    }

    @Test
    void aRecordedPromptIsSpeechAndSilence() throws Exception {
        Map<AudioLabel, Double> shares = shares(Path.of("/usr/share/asterisk/sounds/en/basic-pbx-ivr-main.wav"));
        assertTrue(shares.getOrDefault(AudioLabel.SPEECH, 0.0) + shares.getOrDefault(AudioLabel.SILENCE, 0.0) > 0.9,
                shares.toString());
    }

    @Test
    void baresipsRingbackRecordingIsOneRingbackSegmentNeverSpeech() throws Exception {
        Path file = Path.of("/usr/share/baresip/ringback.wav");
        Map<AudioLabel, Double> shares = shares(file);
        assertTrue(shares.getOrDefault(AudioLabel.RINGBACK, 0.0) > 0.9, shares.toString());

        List<Segment> segments = Analysis.of("ringback.wav", AudioFiles.read(file)).segments();
        assertTrue(segments.stream().noneMatch(s -> s.label() == AudioLabel.SPEECH), segments.toString());
        assertTrue(segments.stream().anyMatch(s -> s.label() == AudioLabel.RINGBACK && s.end() - s.start() > 7),
                segments.toString());
    }

    /** Speech frames of a recording in which every {@code lossEvery}-th frame is lost (zeros), 0 for none. */
    static int speechFrames(Path file, int lossEvery) throws Exception {
        Pcm pcm = AudioFiles.read(file);
        AudioClassifier classifier = new AudioClassifier();
        int speech = 0;
        for (int i = 0; i < pcm.frameCount(); i++) {
            short[] frame = lossEvery > 0 && i % lossEvery == lossEvery - 1 ? new short[160] : pcm.frame(i);
            speech += classifier.process(frame).label() == AudioLabel.SPEECH ? 1 : 0;
        }
        return speech;
    }

    @Test
    void aVoiceThatLosesPacketsIsStillSpeech() throws Exception {
        Path prompt = Path.of("/usr/share/asterisk/sounds/en/queue-periodic-announce.wav");
        int clean = speechFrames(prompt, 0);
        int lossy = speechFrames(prompt, 4);
        assertTrue(lossy >= 0.95 * clean, lossy + " speech frames with a quarter of the packets lost, " + clean + " without");
    }

    @Test
    void baresipsBusyRecordingIsBusy() throws Exception {
        Map<AudioLabel, Double> shares = shares(Path.of("/usr/share/baresip/busy.wav"));
        assertTrue(shares.getOrDefault(AudioLabel.BUSY, 0.0) > 0.8, shares.toString());
    }
}
