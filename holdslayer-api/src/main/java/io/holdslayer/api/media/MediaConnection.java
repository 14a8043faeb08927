package io.holdslayer.api.media;

import io.holdslayer.api.connector.ConnectorStatus;
import jakarta.resource.ResourceException;

/**
 * A handle on the media connector; close it when done. Legs live in the adapter, not in the handle: a leg
 * opened through one handle can be used through any other, by its id.
 *
 * <p>SDP crosses this contract as text (the body of a SIP message), so the SIP side never parses it. The
 * offer/answer rules are RFC 3264: {@link #answerOffer} serves the first INVITE and every re-INVITE and
 * mirrors the direction (a {@code sendonly} hold offer is answered {@code recvonly}); {@link #acceptAnswer}
 * may be called more than once (a 183 then a 200), the last answer wins.
 */
public interface MediaConnection extends AutoCloseable {

    ConnectorStatus status();

    /** Opens an RTP/RTCP port pair for one call leg and returns the leg's id. */
    String openLeg(String callId, LegRole role) throws ResourceException;

    /** Our SDP offer for the leg (a new version each time it is asked for again, for re-INVITEs). */
    String createOffer(String legId) throws ResourceException;

    /** Our SDP answer to the peer's offer. */
    String answerOffer(String legId, String remoteSdp) throws ResourceException;

    /** Applies the peer's SDP answer to our last offer. */
    void acceptAnswer(String legId, String remoteSdp) throws ResourceException;

    /** Two-way audio between two legs of the same call; each leg is unbridged from anything else first. */
    void bridge(String legId, String otherLegId) throws ResourceException;

    /** Takes a leg out of its bridge; the leg stays open. */
    void unbridge(String legId) throws ResourceException;

    /** Sends digits (0-9, *, #, A-D) as RFC 4733 events when negotiated, else in band. */
    void sendDtmf(String legId, String digits) throws ResourceException;

    /** Releases the leg's ports; unknown or closed legs are ignored. */
    void closeLeg(String legId);

    /**
     * Starts recording the call's legs into a WAV file (stereo: company left, device right; or mixed mono) and
     * returns the file's path; a call already being recorded keeps its file.
     */
    String startRecording(String callId, RecordingMode mode) throws ResourceException;

    /** Closes the call's recording; nothing happens if it is not being recorded. */
    void stopRecording(String callId);

    /**
     * Plays a WAV file (any rate; PCM, µ-law or A-law) to the leg's peer, mixed with whatever the leg is bridged
     * to; {@code loop} repeats it until {@link #stopPlaying}.
     */
    void play(String legId, String wavFile, boolean loop) throws ResourceException;

    /** Stops every file or tone playing to the leg; bridged audio continues. */
    void stopPlaying(String legId) throws ResourceException;

    /** Runs the audio analysis (classification, hold and human detection, speech segments) on a leg. */
    void monitor(String legId) throws ResourceException;

    /** Counters of the leg's RTP session. */
    LegStatistics statistics(String legId) throws ResourceException;

    @Override
    void close();
}
