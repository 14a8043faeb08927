package io.holdslayer.audio.vad;

import io.holdslayer.audio.feature.FeatureExtractor;

/**
 * The fallback when Silero cannot run: speech is likely when the level is well above the noise floor it has
 * tracked. It tells sound from silence, not speech from music; the classifier's window model does that.
 */
final class EnergyVoiceActivity implements VoiceActivity {

    private double noiseFloorDb = -60;

    @Override
    public double process(short[] frame) {
        double level = FeatureExtractor.levelDb(frame);
        noiseFloorDb = level < noiseFloorDb ? level : noiseFloorDb + 0.02;
        return 1 / (1 + Math.exp(-(level - noiseFloorDb - 15) / 3));
    }

    @Override
    public void reset() {
        noiseFloorDb = -60;
    }

    @Override
    public String name() {
        return "energy";
    }
}
