package io.holdslayer.application.event;

import io.holdslayer.api.event.GatewayEvent;

/**
 * A CDI event fired for every gateway event the publisher accepts, so that parts of the application (the call
 * manager) follow the same facts as the outside world without reading them back from JMS. Observers run on the
 * publishing thread and must only hand the event on.
 */
public record PublishedEvent(GatewayEvent event) {
}
