package io.holdslayer.infrastructure.media.jca;

import io.holdslayer.api.media.MediaEvent;
import io.holdslayer.api.media.MediaListener;
import io.holdslayer.application.event.EventPublisher;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

/**
 * Receives the media connector's events (bound to the adapter in {@code META-INF/jboss-ejb3.xml}) and
 * republishes the ones with a gateway event type on the event backbone.
 */
@MessageDriven(name = "MediaEventBean", messageListenerInterface = MediaListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "eventTypes", propertyValue = MediaEventTranslation.REPUBLISHED)})
public class MediaEventBean implements MediaListener {

    @Inject
    EventPublisher events;

    @Override
    public void onMediaEvent(MediaEvent event) {
        MediaEventTranslation.typeOf(event).ifPresent(type ->
                events.publish(type, event.callId(), MediaEventTranslation.payloadOf(event)));
    }
}
