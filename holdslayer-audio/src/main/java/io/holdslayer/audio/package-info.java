/**
 * Plain-Java call-audio analysis with no container: {@link io.holdslayer.audio.AudioPipeline} runs, per 20 ms
 * frame, the tone and DTMF detectors, the speech/music classifier, segmentation, hold-loop fingerprints and the
 * hold monitor. The media plane runs one per monitored call leg; {@code ./holdslayer analyze} runs it on a file.
 */
package io.holdslayer.audio;
