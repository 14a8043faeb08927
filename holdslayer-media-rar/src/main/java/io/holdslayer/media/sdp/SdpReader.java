package io.holdslayer.media.sdp;

import io.holdslayer.api.media.SdpNotAcceptableException;

import javax.sdp.Attribute;
import javax.sdp.Connection;
import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SdpFactory;
import javax.sdp.SessionDescription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Vector;

/** Reads the peer's SDP with {@code javax.sdp}; anything we cannot use becomes a 488-worthy exception. */
public final class SdpReader {

    private SdpReader() {
    }

    /** @throws SdpNotAcceptableException when the SDP is malformed or has no usable RTP/AVP audio stream */
    public static RemoteAudio read(String sdp) throws SdpNotAcceptableException {
        if (sdp == null || sdp.isBlank()) {
            throw new SdpNotAcceptableException("no SDP body");
        }
        try {
            SessionDescription session = SdpFactory.getInstance().createSessionDescription(normalise(sdp));
            return audioOf(session);
        } catch (SdpException | RuntimeException e) {
            throw new SdpNotAcceptableException("malformed SDP: " + e.getMessage());
        }
    }

    /** The parser wants CRLF line ends and no blank trailing lines. */
    private static String normalise(String sdp) {
        return sdp.strip().replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n";
    }

    private static RemoteAudio audioOf(SessionDescription session) throws SdpException, SdpNotAcceptableException {
        Vector<?> descriptions = session.getMediaDescriptions(false);
        if (descriptions == null || descriptions.isEmpty()) {
            throw new SdpNotAcceptableException("SDP has no media stream");
        }
        List<RemoteAudio.MediaLine> lines = new ArrayList<>();
        int audioIndex = -1;
        for (int i = 0; i < descriptions.size(); i++) {
            MediaDescription media = (MediaDescription) descriptions.get(i);
            List<String> formats = new ArrayList<>();
            for (Object format : media.getMedia().getMediaFormats(true)) {
                formats.add(String.valueOf(format).trim());
            }
            String type = media.getMedia().getMediaType();
            String protocol = media.getMedia().getProtocol();
            lines.add(new RemoteAudio.MediaLine(type, protocol, formats));
            if (audioIndex < 0 && "audio".equalsIgnoreCase(type) && "RTP/AVP".equalsIgnoreCase(protocol)
                    && media.getMedia().getMediaPort() > 0) {
                audioIndex = i;
            }
        }
        if (audioIndex < 0) {
            throw new SdpNotAcceptableException("SDP offers no RTP/AVP audio stream with a port");
        }
        return describe(session, (MediaDescription) descriptions.get(audioIndex), audioIndex, lines);
    }

    private static RemoteAudio describe(SessionDescription session, MediaDescription media, int index,
                                        List<RemoteAudio.MediaLine> lines)
            throws SdpException, SdpNotAcceptableException {
        Connection connection = media.getConnection() != null ? media.getConnection() : session.getConnection();
        if (connection == null) {
            throw new SdpNotAcceptableException("SDP audio stream has no connection address (c=)");
        }
        List<Integer> formats = new ArrayList<>();
        Map<Integer, String> encodings = new HashMap<>();
        for (String format : lines.get(index).formats()) {
            try {
                int number = Integer.parseInt(format);
                formats.add(number);
                if (number == 0 || number == 8) {
                    encodings.put(number, number == 0 ? "PCMU" : "PCMA");
                }
            } catch (NumberFormatException e) {
                throw new SdpNotAcceptableException("RTP/AVP format '" + format + "' is not a payload type number");
            }
        }
        MediaDirection direction = directionOf(session.getAttributes(false), MediaDirection.SENDRECV);
        direction = directionOf(media.getAttributes(false), direction);
        int port = media.getMedia().getMediaPort();
        int rtcpPort = port + 1;
        for (Object item : attributes(media.getAttributes(false))) {
            Attribute attribute = (Attribute) item;
            String name = attribute.getName().toLowerCase(Locale.ROOT);
            if (name.equals("rtpmap") && attribute.hasValue()) {
                putRtpmap(attribute.getValue(), encodings);
            } else if (name.equals("rtcp") && attribute.hasValue()) {
                rtcpPort = Integer.parseInt(attribute.getValue().trim().split("\\s+")[0]);
            }
        }
        long version = session.getOrigin() == null ? 0 : session.getOrigin().getSessionVersion();
        return new RemoteAudio(connection.getAddress().trim(), port, rtcpPort, List.copyOf(formats),
                Map.copyOf(encodings), direction, index, List.copyOf(lines), version);
    }

    private static void putRtpmap(String value, Map<Integer, String> encodings) {
        String[] parts = value.trim().split("\\s+", 2);
        if (parts.length == 2) {
            try {
                String encoding = parts[1].split("/")[0];
                encodings.put(Integer.parseInt(parts[0]), encoding);
            } catch (NumberFormatException e) {
                // an rtpmap we cannot read names a format we will not pick
            }
        }
    }

    private static MediaDirection directionOf(Vector<?> attributes, MediaDirection fallback) throws SdpException {
        for (Object item : attributes(attributes)) {
            MediaDirection direction = MediaDirection.ofAttribute(((Attribute) item).getName());
            if (direction != null) {
                return direction;
            }
        }
        return fallback;
    }

    private static List<?> attributes(Vector<?> attributes) {
        return attributes == null ? List.of() : attributes;
    }
}
