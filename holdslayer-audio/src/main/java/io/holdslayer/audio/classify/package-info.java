/**
 * Segment classification: every 20 ms frame gets one of the labels {@code silence, ringback, busy, sit, dtmf,
 * music, speech, noise} with a confidence, and consecutive frames with one label form segments. Tones are
 * decided by the tone detectors, silence by level, and speech against music by a logistic model over one-second
 * windows of frame features.
 */
package io.holdslayer.audio.classify;
