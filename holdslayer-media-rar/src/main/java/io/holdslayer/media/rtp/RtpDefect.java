package io.holdslayer.media.rtp;

/** Why a datagram is not a valid RTP packet; each is counted, none throws. */
public enum RtpDefect {
    TOO_SHORT, WRONG_VERSION, CSRC_OVERRUN, EXTENSION_OVERRUN, BAD_PADDING, EMPTY_PAYLOAD
}
