package io.holdslayer.application.notify;

import io.holdslayer.api.event.GatewayEvent;
import io.holdslayer.api.event.GatewayEventJson;

/**
 * What the user is told about one event.
 *
 * @param company who the call was to, or {@code null} for gateway-wide events
 * @param subject one line, fit for an SMS or a mail subject
 * @param text    the subject followed by the details, for a mail body
 */
public record Notification(GatewayEvent event, CalledCompany company, String subject, String text) {

    /** The event in its one JSON shape, as on JMS, WebSocket and REST. */
    public String json() {
        return GatewayEventJson.toJson(event);
    }

    public String number() {
        return company == null ? "" : company.number();
    }
}
