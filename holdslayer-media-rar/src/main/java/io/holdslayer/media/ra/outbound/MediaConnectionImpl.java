package io.holdslayer.media.ra.outbound;

import io.holdslayer.api.connector.ConnectorStatus;
import io.holdslayer.api.connector.jca.ConnectionHandle;
import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.MediaConnection;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;

/** The application's handle on the media connector. */
class MediaConnectionImpl extends ConnectionHandle implements MediaConnection {

    MediaConnectionImpl(MediaManagedConnection managed) {
        super(managed);
    }

    @Override
    public ConnectorStatus status() {
        return ((MediaManagedConnection) owner()).adapterStatus();
    }

    @Override
    public String openLeg(String callId, LegRole role) throws ResourceException {
        throw notInstalled();
    }

    @Override
    public String createOffer(String legId) throws ResourceException {
        throw notInstalled();
    }

    @Override
    public String answerOffer(String legId, String remoteSdp) throws ResourceException {
        throw notInstalled();
    }

    @Override
    public void acceptAnswer(String legId, String remoteSdp) throws ResourceException {
        throw notInstalled();
    }

    @Override
    public void bridge(String legId, String otherLegId) throws ResourceException {
        throw notInstalled();
    }

    @Override
    public void unbridge(String legId) throws ResourceException {
        throw notInstalled();
    }

    @Override
    public void sendDtmf(String legId, String digits) throws ResourceException {
        throw notInstalled();
    }

    @Override
    public void closeLeg(String legId) {
    }

    private static NotSupportedException notInstalled() {
        return new NotSupportedException("the RTP engine is not installed yet (issue 3)");
    }
}
