package io.holdslayer.audio.vad;

import io.holdslayer.audio.FrameFormat;

/** One stream's Silero VAD: gathers 20 ms frames into 32 ms windows and keeps the network's state. */
final class SileroStream implements VoiceActivity {

    private final SileroModel model;
    private final float[] input = new float[SileroModel.CONTEXT + SileroModel.WINDOW];
    private final float[] state = new float[2 * SileroModel.STATE];
    private final short[] pending = new short[SileroModel.WINDOW + FrameFormat.SAMPLES_PER_FRAME];
    private int pendingSamples;
    private double probability;

    SileroStream(SileroModel model) {
        this.model = model;
    }

    @Override
    public double process(short[] frame) {
        System.arraycopy(frame, 0, pending, pendingSamples, frame.length);
        pendingSamples += frame.length;
        while (pendingSamples >= SileroModel.WINDOW) {
            System.arraycopy(input, SileroModel.WINDOW, input, 0, SileroModel.CONTEXT);
            for (int i = 0; i < SileroModel.WINDOW; i++) {
                input[SileroModel.CONTEXT + i] = pending[i] / 32768f;
            }
            probability = model.run(input, state);
            pendingSamples -= SileroModel.WINDOW;
            System.arraycopy(pending, SileroModel.WINDOW, pending, 0, pendingSamples);
        }
        return probability;
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(input, 0);
        java.util.Arrays.fill(state, 0);
        pendingSamples = 0;
        probability = 0;
    }

    @Override
    public String name() {
        return "silero-v5";
    }
}
