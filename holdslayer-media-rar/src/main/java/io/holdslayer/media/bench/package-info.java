/**
 * {@code ./holdslayer bench media}: a load generator (run as its own process) that streams 20 ms G.711 packets
 * to N engine legs on loopback, and the driver that finds the largest N the engine sustains with taps and
 * recording on. Not used by the adapter.
 */
package io.holdslayer.media.bench;
