package io.holdslayer.sip.app.media;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.MediaConnection;
import io.holdslayer.api.media.MediaConnectionFactory;
import io.holdslayer.api.media.MediaConnectorNames;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.resource.ResourceException;

/**
 * The media connector as the B2BUA uses it. Legs live in the adapter, so one handle serves every call; it is
 * taken on first use and given back when the application stops.
 */
@ApplicationScoped
public class MediaPlane {

    @Resource(lookup = MediaConnectorNames.CONNECTION_FACTORY)
    private MediaConnectionFactory factory;

    private volatile MediaConnection connection;

    private MediaConnection media() throws ResourceException {
        MediaConnection current = connection;
        if (current == null) {
            synchronized (this) {
                if (connection == null) {
                    connection = factory.getConnection();
                }
                current = connection;
            }
        }
        return current;
    }

    public String openLeg(String callId, LegRole role) throws ResourceException {
        return media().openLeg(callId, role);
    }

    public String createOffer(String legId) throws ResourceException {
        return media().createOffer(legId);
    }

    /** @throws io.holdslayer.api.media.SdpNotAcceptableException answered 488 by the caller */
    public String answerOffer(String legId, String sdp) throws ResourceException {
        return media().answerOffer(legId, sdp);
    }

    public void acceptAnswer(String legId, String sdp) throws ResourceException {
        media().acceptAnswer(legId, sdp);
    }

    public void bridge(String legId, String otherLegId) throws ResourceException {
        media().bridge(legId, otherLegId);
    }

    public void unbridge(String legId) throws ResourceException {
        media().unbridge(legId);
    }

    public void sendDtmf(String legId, String digits) throws ResourceException {
        media().sendDtmf(legId, digits);
    }

    public void play(String legId, String wavFile, boolean loop) throws ResourceException {
        media().play(legId, wavFile, loop);
    }

    public void stopPlaying(String legId) throws ResourceException {
        media().stopPlaying(legId);
    }

    public void closeLeg(String legId) {
        if (legId == null) {
            return;
        }
        try {
            media().closeLeg(legId);
        } catch (ResourceException | RuntimeException e) {
            // the adapter is gone: its ports went with it
        }
    }

    @PreDestroy
    void release() {
        MediaConnection current = connection;
        connection = null;
        if (current != null) {
            current.close();
        }
    }
}
