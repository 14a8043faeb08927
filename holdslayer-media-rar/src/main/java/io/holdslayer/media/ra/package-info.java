/**
 * The media plane as a JCA resource adapter: it owns the RTP sockets and the media clock, because enterprise
 * beans may neither listen on sockets nor manage threads. The adapter validates its configuration, runs the
 * pure-Java engine ({@code io.holdslayer.media.engine}), binds its outbound connection factory
 * ({@code outbound}) and delivers segment-level media events to message-driven beans ({@code inbound}).
 */
package io.holdslayer.media.ra;
