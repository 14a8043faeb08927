/**
 * What the gateway knows of each call recording: where the WAV file is, its layout and how much of it was
 * written. The media plane writes the file; this is the index the API serves it from.
 */
package io.holdslayer.domain.model.recording;
