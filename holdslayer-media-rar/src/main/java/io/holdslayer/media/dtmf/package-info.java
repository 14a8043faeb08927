/**
 * DTMF on the media plane: RFC 4733 telephone-event packets out (durations, marker, three end packets) and in
 * (one digit per event however many packets carry it), and in-band dual tones for peers without RFC 4733.
 * In-band detection reuses the audio module's Q.24 detector.
 */
package io.holdslayer.media.dtmf;
