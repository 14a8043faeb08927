/**
 * The media plane as a JCA resource adapter: it owns the RTP sockets and the media clock, because enterprise
 * beans may neither listen on sockets nor manage threads. This adapter validates its configuration,
 * binds its connection factory and reports its status; the pure-Java RTP engine arrives with the media issue.
 */
package io.holdslayer.media.ra;
