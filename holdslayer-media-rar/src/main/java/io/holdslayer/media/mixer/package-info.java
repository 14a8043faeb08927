/**
 * The 20 ms media clock and the conference bridge: sources (call legs, tone and file players) and sinks (call
 * legs, recorders, analysis taps) are connected per tick, mixed with saturation. Membership changes run on the
 * clock thread between ticks, so a leg can leave one bridge and join another without a torn frame.
 */
package io.holdslayer.media.mixer;
