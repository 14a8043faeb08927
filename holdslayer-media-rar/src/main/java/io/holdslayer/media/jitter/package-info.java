/** The receive-side jitter buffer: playout at a fixed delay on the media clock, reordering, late drop, concealment. */
package io.holdslayer.media.jitter;
