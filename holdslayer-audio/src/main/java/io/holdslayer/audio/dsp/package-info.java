/** Signal-processing primitives on 8 kHz frames: Goertzel tone power and the frame power spectrum. */
package io.holdslayer.audio.dsp;
