/**
 * The recordings catalogue: one row per WAV file the media plane writes, opened when a recording starts and
 * completed when it stops (duration, size and layout read from the file). At startup, rows a crash left open are
 * completed from their files, whose headers are mended so they play; a daily sweep deletes recordings older than
 * the retention period, files first, and never touches a file outside the data directory.
 */
package io.holdslayer.application.recording;
