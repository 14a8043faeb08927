/**
 * Reading and mending the RIFF/WAVE headers of call recordings: what a file holds (channels, rate, how much
 * audio) and, for a file whose writer stopped before its last header update, size fields rewritten from the
 * file's length so that players accept it.
 */
package io.holdslayer.infrastructure.recording.wav;
