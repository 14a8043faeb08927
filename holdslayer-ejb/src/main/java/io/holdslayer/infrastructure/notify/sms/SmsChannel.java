package io.holdslayer.infrastructure.notify.sms;

import io.holdslayer.application.notify.Notification;
import io.holdslayer.application.notify.NotificationChannel;
import io.holdslayer.infrastructure.notify.http.DeliveryFailedException;
import io.holdslayer.infrastructure.notify.http.RetryingHttpSender;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

/** Sends each notification's one-line subject as a text message to every configured recipient. */
@ApplicationScoped
public class SmsChannel implements NotificationChannel {

    @Inject
    private Config config;
    private SmsSettings settings;
    private RetryingHttpSender sender;

    public SmsChannel() {
    }

    public SmsChannel(SmsSettings settings) {
        this.settings = settings;
        this.sender = new RetryingHttpSender(settings.retry());
    }

    @PostConstruct
    void configure() {
        settings = SmsSettings.from(config);
        sender = new RetryingHttpSender(settings.retry());
    }

    @Override
    public String name() {
        return "sms";
    }

    @Override
    public boolean enabled() {
        return !settings.url().isBlank();
    }

    @Override
    public void deliver(Notification notification) throws DeliveryFailedException {
        DeliveryFailedException failed = null;
        for (String to : settings.to()) {
            try {
                sender.send(request(to, notification), "sms " + notification.event().type() + " to " + to);
            } catch (DeliveryFailedException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    HttpRequest request(String to, Notification notification) {
        Map<String, String> values = Map.of(
                "to", to,
                "text", notification.subject(),
                "number", notification.number(),
                "callId", notification.event().callId() == null ? "" : notification.event().callId(),
                "event", notification.event().type().name());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SmsTemplate.url(settings.url(), values)))
                .header("User-Agent", "HoldSlayer");
        if (!settings.authHeader().isBlank()) {
            int colon = settings.authHeader().indexOf(':');
            request.header(settings.authHeader().substring(0, colon).trim(),
                    settings.authHeader().substring(colon + 1).trim());
        }
        if (settings.method().equals("GET")) {
            return request.GET().build();
        }
        String body = SmsTemplate.body(settings.body(), settings.contentType(), values);
        return request.header("Content-Type", settings.contentType())
                .method(settings.method(), HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
