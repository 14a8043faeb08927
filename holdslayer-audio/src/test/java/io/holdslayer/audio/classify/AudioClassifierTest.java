package io.holdslayer.audio.classify;

import io.holdslayer.audio.Signals;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

class AudioClassifierTest {

    private static Map<AudioLabel, Double> shares(short[] samples, double fromSeconds) {
        AudioClassifier classifier = new AudioClassifier();
        Map<AudioLabel, Double> shares = new EnumMap<>(AudioLabel.class);
        int frames = samples.length / 160;
        int first = (int) (fromSeconds * 50);
        for (int i = 0; i < frames; i++) {
            FrameLabel label = classifier.process(Signals.frame(samples, i));
            if (i >= first) {
                shares.merge(label.label(), 1.0 / (frames - first), Double::sum);
            }
        }
        return shares;
    }

    @Test
    void comfortNoiseAndDigitalSilenceAreSilence() {
        assertTrue(shares(Signals.start().noise(5, -58).samples(), 0.3).getOrDefault(AudioLabel.SILENCE, 0.0) > 0.99);
        assertTrue(shares(Signals.start().silence(3).samples(), 0.3).getOrDefault(AudioLabel.SILENCE, 0.0) > 0.99);
    }

    @Test
    void loudWhiteNoiseIsNoiseNotSpeechOrMusic() {
        Map<AudioLabel, Double> shares = shares(Signals.start().noise(5, -20).samples(), 1.0);
        assertTrue(shares.getOrDefault(AudioLabel.NOISE, 0.0) > 0.9, shares.toString());
    }

    @Test
    void dtmfDigitsAreLabelledDtmf() {
        Signals keys = Signals.start().silence(0.5);
        for (int i = 0; i < 4; i++) {
            keys.tone(0.1, -12, 770, 1336).silence(0.1);
        }
        AudioClassifier classifier = new AudioClassifier();
        StringBuilder digits = new StringBuilder();
        short[] samples = keys.samples();
        for (int i = 0; i < samples.length / 160; i++) {
            FrameLabel label = classifier.process(Signals.frame(samples, i));
            if (label.dtmfDigit() != 0) {
                digits.append(label.dtmfDigit());
                assertTrue(label.label() == AudioLabel.DTMF, label.toString());
            }
        }
        assertTrue(digits.toString().equals("5555"), digits.toString());
    }
}
