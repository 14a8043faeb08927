package io.holdslayer.application.notify;

import io.holdslayer.api.event.GatewayEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Map;

/** Turns an event into words a person reads at a glance. */
final class NotificationText {

    private NotificationText() {
    }

    static Notification of(GatewayEvent event, CalledCompany company) {
        String who = company == null ? "the company" : company.label();
        String subject = subject(event, who);
        StringBuilder text = new StringBuilder(subject).append("\n\n");
        if (event.callId() != null) {
            text.append("Call: ").append(event.callId()).append('\n');
        }
        text.append("When: ").append(event.timestamp()).append('\n');
        text.append("Event: ").append(event.type()).append('\n');
        for (Map.Entry<String, JsonValue> detail : event.payload().entrySet()) {
            text.append(detail.getKey()).append(": ").append(plain(detail.getValue())).append('\n');
        }
        return new Notification(event, company, subject, text.toString());
    }

    private static String subject(GatewayEvent event, String who) {
        JsonObject p = event.payload();
        return switch (event.type()) {
            case HUMAN_DETECTED -> "A person answered at " + who + " — pick up your phone";
            case TRANSFER_COMPLETE -> p.getBoolean("success", false)
                    ? "You are connected to " + who + on(p.getString("device", ""))
                    : "The transfer to your phone failed (" + p.getString("reason", "no answer") + "); " + who
                    + " is still on the line";
            case CALL_FAILED -> "The call to " + who + " failed: " + p.getString("reason", "no reason given");
            case CALL_ENDED -> "The call to " + who + " ended: " + p.getString("reason", "no reason given");
            case HOLD_DETECTED -> "On hold with " + who + "; you will be called when a person answers";
            default -> event.type() + (event.callId() == null ? "" : " on the call to " + who);
        };
    }

    private static String on(String device) {
        return device.isBlank() ? "" : " on " + device;
    }

    private static String plain(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
