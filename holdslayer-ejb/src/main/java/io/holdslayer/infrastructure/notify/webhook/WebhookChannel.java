package io.holdslayer.infrastructure.notify.webhook;

import io.holdslayer.application.notify.Notification;
import io.holdslayer.application.notify.NotificationChannel;
import io.holdslayer.infrastructure.notify.http.DeliveryFailedException;
import io.holdslayer.infrastructure.notify.http.RetryingHttpSender;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.UUID;

/** POSTs each notification's event JSON to the configured URL, signed when a secret is set. */
@ApplicationScoped
public class WebhookChannel implements NotificationChannel {

    @Inject
    private Config config;
    private WebhookSettings settings;
    private RetryingHttpSender sender;
    private Clock clock = Clock.systemUTC();

    public WebhookChannel() {
    }

    public WebhookChannel(WebhookSettings settings, Clock clock) {
        this.settings = settings;
        this.sender = new RetryingHttpSender(settings.retry());
        this.clock = clock;
    }

    @PostConstruct
    void configure() {
        settings = WebhookSettings.from(config);
        sender = new RetryingHttpSender(settings.retry());
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public boolean enabled() {
        return settings.url().isPresent();
    }

    @Override
    public void deliver(Notification notification) throws DeliveryFailedException {
        String body = notification.json();
        String delivery = UUID.randomUUID().toString();
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url().orElseThrow())
                .header("Content-Type", "application/json")
                .header("User-Agent", "HoldSlayer")
                .header("X-HoldSlayer-Event", notification.event().type().name())
                .header("X-HoldSlayer-Delivery", delivery)
                .header("X-HoldSlayer-Timestamp", timestamp)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!settings.secret().isEmpty()) {
            request.header("X-HoldSlayer-Signature", WebhookSignature.sign(settings.secret(), timestamp, body));
        }
        sender.send(request.build(), "webhook " + notification.event().type() + " (delivery " + delivery + ")");
    }
}
