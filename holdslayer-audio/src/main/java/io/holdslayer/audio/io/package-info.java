/**
 * Audio files in and out: any common WAV (PCM 8–32 bit, µ-law, A-law, any usual rate, mono or stereo) decoded
 * with {@code javax.sound.sampled} and brought to the one analysis format, 8 kHz mono 16-bit.
 */
package io.holdslayer.audio.io;
