/**
 * SDP offer/answer (RFC 4566, RFC 3264) for audio legs, built and parsed with the {@code javax.sdp} API of
 * JAIN-SIP: our offers, answers that pick the offerer's first common codec and mirror the direction, and the
 * reading of the peer's answer.
 */
package io.holdslayer.media.sdp;
