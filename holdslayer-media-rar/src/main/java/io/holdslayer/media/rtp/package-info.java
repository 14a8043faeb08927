/**
 * RTP and RTCP (RFC 3550) on UDP: packet parsing that rejects malformed datagrams without exceptions, the payload
 * type registry, the session of one call leg (symmetric latching, sequence/timestamp/SSRC, statistics) and the
 * port allocator that hands out RTP/RTCP port pairs.
 */
package io.holdslayer.media.rtp;
