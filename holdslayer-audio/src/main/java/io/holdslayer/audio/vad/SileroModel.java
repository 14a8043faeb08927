package io.holdslayer.audio.vad;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The Silero VAD v5 network, loaded once per JVM from {@code silero_vad_v5.onnx} beside this class. At 8 kHz it
 * takes 256 new samples plus the 32 before them, and carries a recurrent state of 2×128 floats per stream.
 * {@link OrtSession#run} is thread-safe, so one session serves every stream.
 */
final class SileroModel {

    static final int WINDOW = 256;
    static final int CONTEXT = 32;
    static final int STATE = 128;
    private static final long[] STATE_SHAPE = {2, 1, STATE};
    private static final String RESOURCE = "silero_vad_v5.onnx";
    private static final Logger LOG = Logger.getLogger(SileroModel.class.getName());
    private static Optional<SileroModel> shared;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final OnnxTensor sampleRate;

    private SileroModel(OrtEnvironment environment, OrtSession session) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.sampleRate = OnnxTensor.createTensor(environment, 8000L);
    }

    static synchronized Optional<SileroModel> shared() {
        if (shared == null) {
            shared = load();
        }
        return shared;
    }

    private static Optional<SileroModel> load() {
        try (InputStream in = SileroModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.info("Silero VAD model not bundled (built without npm); using the energy/spectral fallback");
                return Optional.empty();
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            return Optional.of(new SileroModel(environment, environment.createSession(in.readAllBytes(), options)));
        } catch (IOException | OrtException e) {
            LOG.warning("Silero VAD unavailable (" + e.getMessage() + "); using the energy/spectral fallback");
            return Optional.empty();
        }
    }

    /**
     * Runs one window for one stream. Tensors are made from and read into flat buffers: nested Java arrays cost
     * a reflective walk per call, which was a third of the inference time.
     *
     * @param input 288 samples scaled to −1…1: 32 of context, then 256 new ones
     * @param state the stream's recurrent state, [2][1][128] flattened; replaced by the new state
     * @return the speech probability
     */
    float run(float[] input, float[] state) {
        try (OnnxTensor samples = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input),
                new long[]{1, input.length});
             OnnxTensor stateIn = OnnxTensor.createTensor(environment, FloatBuffer.wrap(state), STATE_SHAPE);
             OrtSession.Result result = session.run(Map.of("input", samples, "state", stateIn, "sr", sampleRate))) {
            float probability = ((OnnxTensor) result.get("output").orElseThrow()).getFloatBuffer().get(0);
            ((OnnxTensor) result.get("stateN").orElseThrow()).getFloatBuffer().get(state);
            return probability;
        } catch (OrtException e) {
            throw new IllegalStateException("Silero VAD inference failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs one window for each of {@code streams} streams in a single call: the network's fixed cost (tensor
     * set-up, graph dispatch) is paid once for the batch instead of once per stream.
     *
     * @param inputs        {@code streams} rows of 288 samples, one after the other
     * @param states        the streams' recurrent states in the network's layout [2][streams][128]; replaced
     * @param probabilities receives each stream's speech probability
     */
    void runBatch(int streams, float[] inputs, float[] states, float[] probabilities) {
        int width = CONTEXT + WINDOW;
        try (OnnxTensor samples = OnnxTensor.createTensor(environment, FloatBuffer.wrap(inputs, 0, streams * width),
                new long[]{streams, width});
             OnnxTensor stateIn = OnnxTensor.createTensor(environment, FloatBuffer.wrap(states, 0, 2 * streams * STATE),
                     new long[]{2, streams, STATE});
             OrtSession.Result result = session.run(Map.of("input", samples, "state", stateIn, "sr", sampleRate))) {
            ((OnnxTensor) result.get("output").orElseThrow()).getFloatBuffer().get(probabilities, 0, streams);
            ((OnnxTensor) result.get("stateN").orElseThrow()).getFloatBuffer().get(states, 0, 2 * streams * STATE);
        } catch (OrtException e) {
            throw new IllegalStateException("Silero VAD inference failed: " + e.getMessage(), e);
        }
    }
}
