/**
 * In-band tone detectors on 20 ms frames: DTMF digits (ITU-T Q.23/Q.24) and call-progress tones (ringback, busy,
 * reorder, special information tones) by frequency and cadence, so that a ringback is never taken for speech,
 * a beep or a human.
 */
package io.holdslayer.audio.tone;
