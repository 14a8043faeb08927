package io.holdslayer.media.sdp;

import java.util.List;
import java.util.Map;

/**
 * What the peer's SDP says about its audio stream (the first usable {@code m=audio} line).
 *
 * @param address       where to send RTP ({@code c=} of the media or the session); 0.0.0.0 means on hold
 * @param port          RTP port
 * @param rtcpPort      RTCP port ({@code a=rtcp} or port + 1)
 * @param formats       the payload type numbers in the peer's order of preference
 * @param encodings     payload type to encoding name, from {@code a=rtpmap} and the static table
 * @param direction     the stream's direction attribute (media level, else session level, else sendrecv)
 * @param audioIndex    index of this stream among the m-lines
 * @param mediaLines    every m-line as type, protocol and formats, for the rejected lines of an answer
 */
public record RemoteAudio(String address, int port, int rtcpPort, List<Integer> formats,
                          Map<Integer, String> encodings, MediaDirection direction, int audioIndex,
                          List<MediaLine> mediaLines, long sessionVersion) {

    /** One m-line, kept so that an answer can reject the ones we do not take (port 0). */
    public record MediaLine(String type, String protocol, List<String> formats) {
    }

    /** Payload type of telephone-event/8000, or -1. */
    public int telephoneEvent() {
        for (int format : formats) {
            String name = encodings.get(format);
            if (name != null && name.equalsIgnoreCase("telephone-event")) {
                return format;
            }
        }
        return -1;
    }

    /** The old way of putting a call on hold (RFC 2543 {@code c=0.0.0.0}). */
    public boolean nullAddress() {
        return "0.0.0.0".equals(address);
    }
}
