/**
 * Plain-Java signal processing with no container: frame features, tone and DTMF detectors, voice activity,
 * music/speech classification, hold-loop fingerprints and the hold-to-human detector. The media plane runs it
 * per 20 ms frame; {@code ./holdslayer analyze} runs it on a file. The detectors arrive with the audio issue;
 * this package holds the frame format they all share.
 */
package io.holdslayer.audio;
