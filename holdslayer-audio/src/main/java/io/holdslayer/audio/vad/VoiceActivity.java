package io.holdslayer.audio.vad;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The probability that a stream is speech right now, updated frame by frame. */
public interface VoiceActivity {

    /** Feeds one 20 ms frame; returns the speech probability of the latest audio, 0–1. */
    double process(short[] frame);

    /** Forgets the stream's past, e.g. after frames were skipped. */
    void reset();

    String name();

    /** Which detector {@link #forStream()} hands out here: {@code silero-v5} or {@code energy}. */
    static String availableDetector() {
        return forStream().name();
    }

    /** Silero when it can run here, otherwise the energy/spectral fallback. */
    static VoiceActivity forStream() {
        try {
            return SileroModel.shared().<VoiceActivity>map(SileroStream::new).orElseGet(EnergyVoiceActivity::new);
        } catch (LinkageError runtimeMissing) {
            Logger.getLogger(VoiceActivity.class.getName()).log(Level.FINE, "ONNX Runtime not present", runtimeMissing);
            return new EnergyVoiceActivity();
        }
    }
}
