package io.holdslayer.infrastructure.media.jca;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.MediaEvent;
import io.holdslayer.api.media.MediaEventType;
import io.holdslayer.application.call.CallManager;
import io.holdslayer.api.media.MediaListener;
import io.holdslayer.application.event.EventPublisher;
import jakarta.inject.Inject;

/**
 * Receives the media connector's events: speech segments of the company go to the call manager (to be
 * transcribed), the ones with a gateway event type are republished on the event backbone. A message-driven bean declared in {@code META-INF/ejb-jar.xml} (its activation filter is
 * {@link MediaEventTranslation#DELIVERED}) and bound to the adapter in {@code META-INF/jboss-ejb3.xml}, not by
 * annotation: where this jar is only a library (the in-container tests' WAR, without the adapter) it must not
 * become a bean.
 */
public class MediaEventBean implements MediaListener {

    @Inject
    EventPublisher events;

    @Inject
    CallManager calls;

    @Override
    public void onMediaEvent(MediaEvent event) {
        if (event.type() == MediaEventType.SPEECH_SEGMENT) {
            if (event.role() == LegRole.COMPANY) {
                calls.speechHeard(event);
            }
            return;
        }
        MediaEventTranslation.typeOf(event).ifPresent(type ->
                events.publish(type, event.callId(), MediaEventTranslation.payloadOf(event)));
    }
}
