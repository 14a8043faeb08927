package io.holdslayer.media.ra.outbound;

import io.holdslayer.api.connector.ConnectorStatus;
import io.holdslayer.api.connector.jca.ConnectionHandle;
import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.LegStatistics;
import io.holdslayer.api.media.MediaConnection;
import io.holdslayer.api.media.RecordingMode;
import io.holdslayer.media.engine.MediaEngine;
import jakarta.resource.ResourceException;

import java.io.IOException;

/**
 * The application's handle on the media connector: each call goes to the adapter's engine; the engine's
 * argument and I/O errors come back as {@link ResourceException}s with the engine's message (SDP problems
 * as {@link io.holdslayer.api.media.SdpNotAcceptableException}).
 */
class MediaConnectionImpl extends ConnectionHandle implements MediaConnection {

    MediaConnectionImpl(MediaManagedConnection managed) {
        super(managed);
    }

    private MediaEngine engine() throws ResourceException {
        return ((MediaManagedConnection) owner()).engine();
    }

    @Override
    public ConnectorStatus status() {
        return ((MediaManagedConnection) owner()).adapterStatus();
    }

    @Override
    public String openLeg(String callId, LegRole role) throws ResourceException {
        try {
            return engine().openLeg(callId, role);
        } catch (IOException | RuntimeException e) {
            throw failed("open a media leg for call " + callId, e);
        }
    }

    @Override
    public String createOffer(String legId) throws ResourceException {
        try {
            return engine().createOffer(legId);
        } catch (RuntimeException e) {
            throw failed("create an SDP offer", e);
        }
    }

    @Override
    public String answerOffer(String legId, String remoteSdp) throws ResourceException {
        try {
            return engine().answerOffer(legId, remoteSdp);
        } catch (RuntimeException e) {
            throw failed("answer the SDP offer", e);
        }
    }

    @Override
    public void acceptAnswer(String legId, String remoteSdp) throws ResourceException {
        try {
            engine().acceptAnswer(legId, remoteSdp);
        } catch (RuntimeException e) {
            throw failed("accept the SDP answer", e);
        }
    }

    @Override
    public void bridge(String legId, String otherLegId) throws ResourceException {
        try {
            engine().bridge(legId, otherLegId);
        } catch (RuntimeException e) {
            throw failed("bridge " + legId + " with " + otherLegId, e);
        }
    }

    @Override
    public void unbridge(String legId) throws ResourceException {
        try {
            engine().unbridge(legId);
        } catch (RuntimeException e) {
            throw failed("unbridge " + legId, e);
        }
    }

    @Override
    public void sendDtmf(String legId, String digits) throws ResourceException {
        try {
            engine().sendDtmf(legId, digits);
        } catch (RuntimeException e) {
            throw failed("send DTMF", e);
        }
    }

    @Override
    public void closeLeg(String legId) {
        try {
            engine().closeLeg(legId);
        } catch (ResourceException e) {
            // a stopped adapter has closed every leg already
        }
    }

    @Override
    public String startRecording(String callId, RecordingMode mode) throws ResourceException {
        try {
            return engine().startRecording(callId, mode).toString();
        } catch (RuntimeException e) {
            throw failed("start recording call " + callId, e);
        }
    }

    @Override
    public void stopRecording(String callId) {
        try {
            engine().stopRecording(callId);
        } catch (ResourceException e) {
            // nothing records when the adapter is stopped
        }
    }

    @Override
    public void play(String legId, String wavFile, boolean loop) throws ResourceException {
        try {
            engine().playFile(legId, java.nio.file.Path.of(wavFile), loop);
        } catch (IOException | RuntimeException e) {
            throw failed("play " + wavFile + " to " + legId, e);
        }
    }

    @Override
    public void stopPlaying(String legId) throws ResourceException {
        try {
            engine().stopPlaying(legId);
        } catch (RuntimeException e) {
            throw failed("stop playing to " + legId, e);
        }
    }

    @Override
    public void monitor(String legId) throws ResourceException {
        try {
            engine().monitor(legId);
        } catch (RuntimeException e) {
            throw failed("monitor " + legId, e);
        }
    }

    @Override
    public LegStatistics statistics(String legId) throws ResourceException {
        try {
            return engine().statistics(legId);
        } catch (RuntimeException e) {
            throw failed("read statistics of " + legId, e);
        }
    }

    private static ResourceException failed(String what, Exception cause) {
        ResourceException error = new ResourceException("could not " + what + ": " + cause.getMessage());
        error.initCause(cause);
        return error;
    }
}
