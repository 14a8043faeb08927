package io.holdslayer.media.mixer;

/** A steady sine (or two summed, like dial tone 350+440 Hz) as a bridge source, for prompts and tests. */
public final class TonePlayer implements FrameSource {

    private final double[] steps;
    private final double amplitude;
    private long sample;

    public TonePlayer(double amplitude, double... hz) {
        this.amplitude = amplitude;
        this.steps = new double[hz.length];
        for (int i = 0; i < hz.length; i++) {
            steps[i] = 2 * Math.PI * hz[i] / 8000;
        }
    }

    @Override
    public boolean read(short[] frame) {
        for (int i = 0; i < frame.length; i++, sample++) {
            double value = 0;
            for (double step : steps) {
                value += Math.sin(step * sample);
            }
            frame[i] = Saturation.clip((int) (amplitude * value));
        }
        return true;
    }
}
