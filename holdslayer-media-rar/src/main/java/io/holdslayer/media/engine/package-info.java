/**
 * The media engine as plain Java: legs (an RTP session with its jitter buffer, codecs, DTMF and SDP state), the
 * per-tick work that moves audio from the sockets through bridges, recorders and taps back to the sockets, and
 * the operations the connector's {@code MediaConnection} exposes. Runs and is tested without a container.
 */
package io.holdslayer.media.engine;
