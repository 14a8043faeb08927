package io.holdslayer.media.engine;

import io.holdslayer.api.media.SdpNotAcceptableException;
import io.holdslayer.media.codec.G711Codec;
import io.holdslayer.media.rtp.RtpPayloadType;
import io.holdslayer.media.sdp.MediaDirection;
import io.holdslayer.media.sdp.RemoteAudio;
import io.holdslayer.media.sdp.SdpReader;
import io.holdslayer.media.sdp.SdpWriter;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The offer/answer state of one leg (RFC 3264). We offer PCMU, PCMA and telephone-event, sendrecv. Answering
 * an offer we take the offerer's first G.711 format and its telephone-event type, and mirror its direction
 * (a sendonly hold is answered recvonly; {@code c=0.0.0.0} counts as hold). Reading an answer we take its first
 * format that we offered; a later answer (183 then 200) replaces the earlier one. Each SDP we write carries a
 * new origin version. The result ({@link Agreed}) is published as one immutable value the clock reads.
 */
final class LegNegotiation {

    /** What both sides agreed on; {@code remote} is null while on hold with the null address. */
    record Agreed(G711Codec codec, int telephoneEvent, MediaDirection direction, InetSocketAddress remote,
                  InetSocketAddress remoteRtcp) {
    }

    private static final List<Integer> OFFERED = List.of(0, 8);

    private final String advertisedAddress;
    private final int localPort;
    private final long sessionId = ThreadLocalRandom.current().nextLong(1, Integer.MAX_VALUE);
    private long version;
    private volatile Agreed agreed;

    LegNegotiation(String advertisedAddress, int localPort) {
        this.advertisedAddress = advertisedAddress;
        this.localPort = localPort;
    }

    synchronized String offer() {
        return SdpWriter.write(local(OFFERED, RtpPayloadType.DEFAULT_TELEPHONE_EVENT, MediaDirection.SENDRECV), null);
    }

    synchronized String answer(String remoteSdp) throws SdpNotAcceptableException {
        RemoteAudio remote = SdpReader.read(remoteSdp);
        G711Codec codec = firstCommon(remote);
        MediaDirection ours = remote.nullAddress() ? MediaDirection.RECVONLY : remote.direction().mirror();
        int telephoneEvent = remote.telephoneEvent();
        agreed = new Agreed(codec, telephoneEvent, ours, address(remote), rtcpAddress(remote));
        return SdpWriter.write(local(List.of(codec.payloadType().number()), telephoneEvent, ours), remote);
    }

    synchronized void acceptAnswer(String remoteSdp) throws SdpNotAcceptableException {
        RemoteAudio remote = SdpReader.read(remoteSdp);
        G711Codec codec = firstCommon(remote);
        MediaDirection ours = remote.nullAddress() ? MediaDirection.RECVONLY : remote.direction().mirror();
        agreed = new Agreed(codec, remote.telephoneEvent(), ours, address(remote), rtcpAddress(remote));
    }

    Agreed agreed() {
        return agreed;
    }

    private SdpWriter.LocalAudio local(List<Integer> formats, int telephoneEvent, MediaDirection direction) {
        return new SdpWriter.LocalAudio(advertisedAddress, localPort, sessionId, ++version, formats,
                telephoneEvent, direction);
    }

    private static G711Codec firstCommon(RemoteAudio remote) throws SdpNotAcceptableException {
        for (int format : remote.formats()) {
            if (OFFERED.contains(format)) {
                return G711Codec.forPayloadType(format);
            }
        }
        throw new SdpNotAcceptableException("no common audio codec: the peer has payload types " + remote.formats()
                + " " + remote.encodings().values() + ", we take PCMU (0) and PCMA (8)");
    }

    private static InetSocketAddress address(RemoteAudio remote) throws SdpNotAcceptableException {
        if (remote.nullAddress()) {
            return null;
        }
        InetSocketAddress address = new InetSocketAddress(remote.address(), remote.port());
        if (address.isUnresolved()) {
            throw new SdpNotAcceptableException("cannot resolve the SDP connection address " + remote.address());
        }
        return address;
    }

    private static InetSocketAddress rtcpAddress(RemoteAudio remote) {
        return remote.nullAddress() ? null : new InetSocketAddress(remote.address(), remote.rtcpPort());
    }
}
