package io.holdslayer.media.engine;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.LegStatistics;
import io.holdslayer.api.media.MediaEvent;
import io.holdslayer.api.media.MediaEventType;
import io.holdslayer.audio.tone.DtmfDetector;
import io.holdslayer.media.codec.G711Codec;
import io.holdslayer.media.dtmf.InbandDtmfGenerator;
import io.holdslayer.media.dtmf.Rfc4733Receiver;
import io.holdslayer.media.dtmf.Rfc4733Sender;
import io.holdslayer.media.jitter.JitterBuffer;
import io.holdslayer.media.mixer.FrameSink;
import io.holdslayer.media.mixer.FrameSource;
import io.holdslayer.media.rtp.RtpPacket;
import io.holdslayer.media.rtp.RtpPayloadType;
import io.holdslayer.media.rtp.RtpSession;
import io.holdslayer.media.tap.AnalysisTap;

import java.net.InetSocketAddress;
import java.util.OptionalInt;

/**
 * One call leg on the media plane. The receiver thread hands it datagrams ({@link #rtp}): audio is decoded into
 * the jitter buffer, telephone events become digits at once. Each clock tick then {@link #playout}s 20 ms of
 * received audio (which bridges, recorders and taps read through {@link #read}), collects what the bridge
 * {@link #write}s for it, and {@link #transmit}s: RFC 4733 packets while a digit is being sent, else the
 * (possibly in-band DTMF) audio, or silence when nothing is connected, as long as the direction lets us send.
 */
final class MediaLeg implements FrameSource, FrameSink {

    private static final int FRAME = 160;

    final String id;
    final String callId;
    final LegRole role;
    final RtpSession session;
    final LegNegotiation negotiation;
    private final MediaEventSink events;
    private final long timeoutNanos;
    private final Object rxLock = new Object();
    private final JitterBuffer jitter;
    private final short[] decoded = new short[1500];
    private final Rfc4733Receiver dtmfIn = new Rfc4733Receiver();
    private final DtmfDetector inbandDetector = new DtmfDetector();
    private final Rfc4733Sender dtmfOut;
    private final InbandDtmfGenerator inbandOut;
    private final short[] received = new short[FRAME];
    private final short[] outgoing = new short[FRAME];
    private boolean outgoingSet;
    private boolean receivedAudio;
    private long timestamp = java.util.concurrent.ThreadLocalRandom.current().nextLong(0, 0xFFFFFFFFL);
    private boolean talking;
    private long frames;
    private long openedNanos = System.nanoTime();
    private boolean timedOut;
    private volatile long dtmfHeard;
    private volatile long lastEventNanos;
    private volatile AnalysisTap tap;
    /** Clock thread only: the leg left the tick; late commands for it are ignored. */
    boolean removed;

    MediaLeg(String id, String callId, LegRole role, RtpSession session, EngineSettings settings,
             MediaEventSink events) {
        this.id = id;
        this.callId = callId;
        this.role = role;
        this.session = session;
        this.events = events;
        this.negotiation = new LegNegotiation(settings.advertisedAddress(), session.localPort());
        this.jitter = new JitterBuffer(settings.jitterDelayFrames());
        this.dtmfOut = new Rfc4733Sender(settings.dtmfToneMillis(), settings.dtmfPauseMillis());
        this.inbandOut = new InbandDtmfGenerator(settings.dtmfToneMillis(), settings.dtmfPauseMillis());
        this.timeoutNanos = settings.rtpTimeoutSeconds() * 1_000_000_000L;
    }

    /** Receiver thread: a datagram on the RTP port. */
    void rtp(byte[] buffer, int length, InetSocketAddress source, long arrivalNanos) {
        RtpPacket packet = session.accept(buffer, length, source, arrivalNanos);
        if (packet == null) {
            return;
        }
        LegNegotiation.Agreed agreed = negotiation.agreed();
        int type = packet.payloadType();
        G711Codec codec = G711Codec.forPayloadType(type);
        if (codec != null) {
            session.confirm(packet, source, arrivalNanos);
            int count = Math.min(packet.payloadLength(), decoded.length);
            codec.decode(packet.buffer(), packet.payloadOffset(), count, decoded, 0);
            boolean inTime;
            synchronized (rxLock) {
                inTime = jitter.offer(packet.timestamp(), decoded, count);
            }
            if (!inTime) {
                session.reception().late();
            }
        } else if (agreed != null && type == agreed.telephoneEvent()
                || agreed == null && type == RtpPayloadType.DEFAULT_TELEPHONE_EVENT) {
            session.confirm(packet, source, arrivalNanos);
            char digit = dtmfIn.accept(packet.buffer(), packet.payloadOffset(), packet.payloadLength(),
                    packet.timestamp());
            lastEventNanos = arrivalNanos;
            if (digit != 0) {
                heard(digit, "rfc4733");
            }
        } else if (type == RtpPayloadType.CN.number()) {
            session.confirm(packet, source, arrivalNanos);
        } else {
            session.reception().unknownPayload();
        }
    }

    /**
     * Worker thread: the analysis tap heard a digit in band. Reported only when RFC 4733 is negotiated (else the
     * clock's in-band detector reports it) and no RFC 4733 event arrived in the last two seconds (else the peer
     * sends both, and the event has been reported).
     */
    void heardByTap(char digit) {
        LegNegotiation.Agreed agreed = negotiation.agreed();
        boolean recentEvent = lastEventNanos != 0 && System.nanoTime() - lastEventNanos < 2_000_000_000L;
        if (agreed != null && agreed.telephoneEvent() >= 0 && !recentEvent) {
            heard(digit, "inband");
        }
    }

    private void heard(char digit, String source) {
        dtmfHeard++;
        events.publish(MediaEvent.of(MediaEventType.DTMF_HEARD, callId, id, role, frames * 0.02,
                String.valueOf(digit), source, source.equals("rfc4733") ? 1.0 : 0.95));
    }

    /** Clock: 20 ms of received audio into {@link #received}; in-band DTMF, taps and the timeout. */
    void playout(long nowNanos) {
        JitterBuffer.Playout result;
        synchronized (rxLock) {
            result = jitter.poll(received);
        }
        receivedAudio = result != JitterBuffer.Playout.SILENCE;
        frames++;
        LegNegotiation.Agreed agreed = negotiation.agreed();
        if (agreed != null && agreed.telephoneEvent() < 0 && receivedAudio) {
            OptionalInt digit = inbandDetector.process(received);
            if (digit.isPresent()) {
                heard((char) digit.getAsInt(), "inband");
            }
        }
        if (tap != null) {
            tap.offer(received);
        }
        checkTimeout(agreed, nowNanos);
        outgoingSet = false;
    }

    private void checkTimeout(LegNegotiation.Agreed agreed, long nowNanos) {
        if (agreed == null || !agreed.direction().receives() || timeoutNanos <= 0) {
            openedNanos = nowNanos;
            return;
        }
        long last = Math.max(session.lastArrivalNanos(), openedNanos);
        if (!timedOut && nowNanos - last > timeoutNanos) {
            timedOut = true;
            events.publish(MediaEvent.of(MediaEventType.RTP_TIMEOUT, callId, id, role, frames * 0.02,
                    "no RTP for " + timeoutNanos / 1_000_000_000L + " s", "rtp", 1.0));
        } else if (timedOut && nowNanos - session.lastArrivalNanos() < timeoutNanos) {
            timedOut = false;
            events.publish(MediaEvent.of(MediaEventType.RTP_RESUMED, callId, id, role, frames * 0.02,
                    "RTP arrives again", "rtp", 1.0));
        }
    }

    /** Clock: sends this tick's packet (if the direction allows), then moves the RTP clock on by 20 ms. */
    void transmit(long tickIndex) {
        LegNegotiation.Agreed agreed = negotiation.agreed();
        if (agreed != null && agreed.direction().sends() && agreed.remote() != null) {
            if (dtmfOut.tick(timestamp) == Rfc4733Sender.Step.EVENT) {
                int length = dtmfOut.write(session.outBuffer(), RtpPacket.HEADER_BYTES);
                session.send(dtmfOut.marker(), agreed.telephoneEvent(), dtmfOut.timestamp(), length);
            } else {
                sendAudio(agreed.codec());
            }
        } else {
            talking = false;
        }
        timestamp = (timestamp + FRAME) & 0xFFFFFFFFL;
        if ((tickIndex + (id.hashCode() & 0xFF)) % 250 == 0) {
            session.sendReport(System.currentTimeMillis());
        }
    }

    private void sendAudio(G711Codec codec) {
        if (!outgoingSet) {
            java.util.Arrays.fill(outgoing, (short) 0);
        }
        inbandOut.next(outgoing);
        codec.encode(outgoing, 0, FRAME, session.outBuffer(), RtpPacket.HEADER_BYTES);
        session.send(!talking, codec.payloadType().number(), timestamp, FRAME);
        talking = true;
    }

    /** Clock: queues digits, as RFC 4733 events when negotiated, else in band. */
    void sendDtmf(String digits) {
        LegNegotiation.Agreed agreed = negotiation.agreed();
        if (agreed != null && agreed.telephoneEvent() >= 0) {
            dtmfOut.enqueue(digits);
        } else {
            inbandOut.enqueue(digits);
        }
    }

    @Override
    public boolean read(short[] frame) {
        System.arraycopy(received, 0, frame, 0, FRAME);
        return receivedAudio;
    }

    @Override
    public void write(short[] frame) {
        System.arraycopy(frame, 0, outgoing, 0, FRAME);
        outgoingSet = true;
    }

    short[] received() {
        return received;
    }

    void tap(AnalysisTap tap) {
        this.tap = tap;
    }

    AnalysisTap tap() {
        return tap;
    }

    LegStatistics statistics() {
        var reception = session.reception();
        long concealed;
        synchronized (rxLock) {
            concealed = jitter.concealed();
        }
        return new LegStatistics(reception.total(), reception.totalLost(), reception.lateCount(),
                reception.malformedCount() + session.rtcpMalformed() + dtmfIn.malformed(),
                reception.unknownPayloadCount(), reception.foreignCount(), concealed, reception.jitter() / 8.0,
                session.packetsSent(), session.rtcpReceived(), session.rtcpSent(), dtmfHeard);
    }
}
