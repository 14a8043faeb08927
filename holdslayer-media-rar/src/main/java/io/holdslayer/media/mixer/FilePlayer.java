package io.holdslayer.media.mixer;

/** Plays 8 kHz samples (a prompt decoded by the audio module) once or in a loop, as a bridge source. */
public final class FilePlayer implements FrameSource {

    private final short[] samples;
    private final boolean loop;
    private int position;

    public FilePlayer(short[] samples, boolean loop) {
        this.samples = samples;
        this.loop = loop;
    }

    @Override
    public boolean read(short[] frame) {
        if (samples.length == 0 || (!loop && position >= samples.length)) {
            return false;
        }
        for (int i = 0; i < frame.length; i++) {
            if (position >= samples.length) {
                if (!loop) {
                    java.util.Arrays.fill(frame, i, frame.length, (short) 0);
                    return true;
                }
                position = 0;
            }
            frame[i] = samples[position++];
        }
        return true;
    }

    public boolean finished() {
        return !loop && position >= samples.length;
    }
}
