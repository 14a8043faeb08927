package io.holdslayer.media.sdp;

import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SdpFactory;
import javax.sdp.SessionDescription;
import java.util.List;
import java.util.Vector;

/** Writes our offers and answers with {@code javax.sdp}. */
public final class SdpWriter {

    /** Our side of a session description: where we receive and what we take. */
    public record LocalAudio(String address, int port, long sessionId, long sessionVersion,
                             List<Integer> audioFormats, int telephoneEvent, MediaDirection direction) {
    }

    private static final SdpFactory FACTORY = SdpFactory.getInstance();

    private SdpWriter() {
    }

    /** An offer, or an answer when {@code remote} is given (rejecting its other m-lines with port 0). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static String write(LocalAudio local, RemoteAudio remote) {
        try {
            SessionDescription session = FACTORY.createSessionDescription();
            String addressType = local.address().contains(":") ? "IP6" : "IP4";
            session.setVersion(FACTORY.createVersion(0));
            session.setOrigin(FACTORY.createOrigin("holdslayer", local.sessionId(), local.sessionVersion(), "IN",
                    addressType, local.address()));
            session.setSessionName(FACTORY.createSessionName("holdslayer"));
            session.setConnection(FACTORY.createConnection("IN", addressType, local.address()));
            Vector times = new Vector();
            times.add(FACTORY.createTimeDescription());
            session.setTimeDescriptions(times);
            Vector media = new Vector();
            int lines = remote == null ? 1 : remote.mediaLines().size();
            for (int i = 0; i < lines; i++) {
                media.add(remote == null || i == remote.audioIndex() ? audio(local) : rejected(remote.mediaLines().get(i)));
            }
            session.setMediaDescriptions(media);
            return session.toString();
        } catch (SdpException e) {
            throw new IllegalStateException("could not build SDP: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static MediaDescription audio(LocalAudio local) throws SdpException {
        int count = local.audioFormats().size() + (local.telephoneEvent() >= 0 ? 1 : 0);
        String[] formats = new String[count];
        for (int i = 0; i < local.audioFormats().size(); i++) {
            formats[i] = String.valueOf(local.audioFormats().get(i));
        }
        if (local.telephoneEvent() >= 0) {
            formats[count - 1] = String.valueOf(local.telephoneEvent());
        }
        MediaDescription audio = FACTORY.createMediaDescription("audio", local.port(), 1, "RTP/AVP", formats);
        Vector<Object> attributes = new Vector<>();
        for (int format : local.audioFormats()) {
            attributes.add(FACTORY.createAttribute("rtpmap", format + " " + (format == 0 ? "PCMU" : "PCMA") + "/8000"));
        }
        if (local.telephoneEvent() >= 0) {
            attributes.add(FACTORY.createAttribute("rtpmap", local.telephoneEvent() + " telephone-event/8000"));
            attributes.add(FACTORY.createAttribute("fmtp", local.telephoneEvent() + " 0-16"));
        }
        attributes.add(FACTORY.createAttribute("ptime", "20"));
        attributes.add(FACTORY.createAttribute(local.direction().attribute(), null));
        audio.setAttributes(attributes);
        return audio;
    }

    private static MediaDescription rejected(RemoteAudio.MediaLine line) throws SdpException {
        return FACTORY.createMediaDescription(line.type(), 0, 1, line.protocol(),
                line.formats().toArray(new String[0]));
    }
}
