package io.holdslayer.audio.vad;

import io.holdslayer.audio.FrameFormat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Silero VAD for many streams in one network call. Each stream gathers its 20 ms frames into 32 ms windows and
 * keeps its own recurrent state, exactly as {@link SileroStream} does; {@link #run()} then evaluates the ready
 * window of every stream together, with the batch dimension of the network (input [streams][288], state
 * [2][streams][128]). The fixed cost of a call (tensors, graph dispatch) is paid once per tick instead of once
 * per stream. Meant for the media plane's clock: every 20 ms it offers each monitored leg's frame, calls
 * {@link #run()} once, and reads each leg's {@link Stream#probability()}. Not thread-safe: one thread drives a batch.
 */
public final class SileroBatch {

    private static final int WIDTH = SileroModel.CONTEXT + SileroModel.WINDOW;
    private static final int STATE = 2 * SileroModel.STATE;

    private final SileroModel model;
    private final List<Stream> streams = new ArrayList<>();
    private final List<Stream> ready = new ArrayList<>();
    private float[] inputs = new float[0];
    private float[] states = new float[0];
    private float[] probabilities = new float[0];

    private SileroBatch(SileroModel model) {
        this.model = model;
    }

    /** A batch on the shared Silero session, or empty where Silero cannot run (no model or no runtime). */
    public static Optional<SileroBatch> create() {
        try {
            return SileroModel.shared().map(SileroBatch::new);
        } catch (LinkageError runtimeMissing) {
            return Optional.empty();
        }
    }

    /** A new stream in this batch. */
    public Stream open() {
        Stream stream = new Stream();
        streams.add(stream);
        return stream;
    }

    public int streams() {
        return streams.size();
    }

    /**
     * Evaluates every window that is ready, all streams in one call of the network (more calls only if a stream
     * was offered several windows since the last run); returns how many windows were evaluated.
     */
    public int run() {
        int evaluated = 0;
        while (true) {
            ready.clear();
            for (Stream stream : streams) {
                if (stream.pendingSamples >= SileroModel.WINDOW) {
                    ready.add(stream);
                }
            }
            if (ready.isEmpty()) {
                return evaluated;
            }
            evaluate(ready);
            evaluated += ready.size();
        }
    }

    private void evaluate(List<Stream> batch) {
        int n = batch.size();
        if (probabilities.length < n) {
            inputs = new float[n * WIDTH];
            states = new float[n * STATE];
            probabilities = new float[n];
        }
        for (int b = 0; b < n; b++) {
            Stream stream = batch.get(b);
            stream.takeWindow();
            System.arraycopy(stream.input, 0, inputs, b * WIDTH, WIDTH);
            for (int layer = 0; layer < 2; layer++) {
                System.arraycopy(stream.state, layer * SileroModel.STATE, states,
                        (layer * n + b) * SileroModel.STATE, SileroModel.STATE);
            }
        }
        model.runBatch(n, inputs, states, probabilities);
        for (int b = 0; b < n; b++) {
            Stream stream = batch.get(b);
            for (int layer = 0; layer < 2; layer++) {
                System.arraycopy(states, (layer * n + b) * SileroModel.STATE, stream.state,
                        layer * SileroModel.STATE, SileroModel.STATE);
            }
            stream.probability = probabilities[b];
        }
    }

    /** One stream of the batch: its pending samples, its last window with context, its state. */
    public final class Stream {

        private final float[] input = new float[WIDTH];
        private final float[] state = new float[STATE];
        private short[] pending = new short[SileroModel.WINDOW + FrameFormat.SAMPLES_PER_FRAME];
        private int pendingSamples;
        private double probability;

        private Stream() {
        }

        /** Adds a 20 ms frame; a window it completes is evaluated at the batch's next {@link #run()}. */
        public void offer(short[] frame) {
            if (pendingSamples + frame.length > pending.length) {
                pending = Arrays.copyOf(pending, 2 * (pendingSamples + frame.length));
            }
            System.arraycopy(frame, 0, pending, pendingSamples, frame.length);
            pendingSamples += frame.length;
        }

        /** The speech probability of the last window evaluated, 0–1. */
        public double probability() {
            return probability;
        }

        /** Forgets the stream's past, e.g. after frames were skipped. */
        public void reset() {
            Arrays.fill(input, 0);
            Arrays.fill(state, 0);
            pendingSamples = 0;
            probability = 0;
        }

        /** Leaves the batch. */
        public void close() {
            streams.remove(this);
        }

        private void takeWindow() {
            System.arraycopy(input, SileroModel.WINDOW, input, 0, SileroModel.CONTEXT);
            for (int i = 0; i < SileroModel.WINDOW; i++) {
                input[SileroModel.CONTEXT + i] = pending[i] / 32768f;
            }
            pendingSamples -= SileroModel.WINDOW;
            System.arraycopy(pending, SileroModel.WINDOW, pending, 0, pendingSamples);
        }
    }
}
