package io.holdslayer.infrastructure.media.jca;

import io.holdslayer.api.media.MediaEvent;
import io.holdslayer.api.media.MediaListener;
import io.holdslayer.application.event.EventPublisher;
import jakarta.inject.Inject;

/**
 * Receives the media connector's events and republishes the ones with a gateway event type on the event
 * backbone. A message-driven bean declared in {@code META-INF/ejb-jar.xml} (its activation filter is
 * {@link MediaEventTranslation#REPUBLISHED}) and bound to the adapter in {@code META-INF/jboss-ejb3.xml}, not by
 * annotation: where this jar is only a library (the in-container tests' WAR, without the adapter) it must not
 * become a bean.
 */
public class MediaEventBean implements MediaListener {

    @Inject
    EventPublisher events;

    @Override
    public void onMediaEvent(MediaEvent event) {
        MediaEventTranslation.typeOf(event).ifPresent(type ->
                events.publish(type, event.callId(), MediaEventTranslation.payloadOf(event)));
    }
}
