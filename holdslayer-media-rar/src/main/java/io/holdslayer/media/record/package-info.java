/**
 * Call recording: an incremental WAV writer whose header is rewritten at least every second, so that a crash
 * leaves a valid file up to the last second, and the per-call recorder (stereo company/user or mixed mono)
 * that writes on a worker thread.
 */
package io.holdslayer.media.record;
