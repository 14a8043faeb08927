/**
 * Hand-off from the media clock to slower consumers: a bounded, preallocated frame queue drained on worker
 * threads (a full queue drops the frame and counts it, the clock never waits), and the analysis tap that runs
 * the audio module's pipeline on a leg and turns its findings into segment-level media events.
 */
package io.holdslayer.media.tap;
