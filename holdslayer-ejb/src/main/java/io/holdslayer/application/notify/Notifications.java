package io.holdslayer.application.notify;

import io.holdslayer.api.event.EventType;
import io.holdslayer.api.event.GatewayEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The entry point for every gateway event: those listed in {@value #EVENTS} are handed to a managed executor,
 * which words them and delivers them through every enabled channel. {@link #onEvent} returns at once.
 */
@ApplicationScoped
public class Notifications {

    public static final String EVENTS = "holdslayer.notify.events";
    static final Set<EventType> DEFAULT_EVENTS =
            EnumSet.of(EventType.HUMAN_DETECTED, EventType.TRANSFER_COMPLETE, EventType.CALL_FAILED);
    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    @Resource
    private ManagedExecutorService managedExecutor;
    @Inject
    @Any
    private Instance<NotificationChannel> channelBeans;
    @Inject
    private CallDirectory directory;
    @Inject
    private Config config;

    private Executor executor;
    private List<NotificationChannel> channels;
    private Set<EventType> events;

    public Notifications() {
    }

    /** Outside the container: any executor, the channels to use, and who calls were to. */
    public Notifications(Set<EventType> events, Executor executor, List<NotificationChannel> channels,
                         CallDirectory directory) {
        this.events = Set.copyOf(events);
        this.executor = executor;
        this.channels = List.copyOf(channels);
        this.directory = directory;
    }

    @PostConstruct
    void configure() {
        executor = managedExecutor;
        channels = channelBeans.stream().toList();
        events = parse(config.getOptionalValue(EVENTS, String.class).orElse(""));
        LOG.info(() -> "Notifications of " + events + " through "
                + channels.stream().filter(NotificationChannel::enabled).map(NotificationChannel::name).toList());
    }

    /** Called for every gateway event; returns without waiting for any delivery. */
    public void onEvent(GatewayEvent event) {
        if (!events.contains(event.type()) || channels.stream().noneMatch(NotificationChannel::enabled)) {
            return;
        }
        try {
            executor.execute(() -> deliver(event));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Notification of " + event.type() + " for call " + event.callId()
                    + " dropped: the executor refused it (" + e.getMessage() + ")");
        }
    }

    private void deliver(GatewayEvent event) {
        Notification notification = NotificationText.of(event, company(event));
        for (NotificationChannel channel : channels) {
            if (!channel.enabled()) {
                continue;
            }
            try {
                channel.deliver(notification);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Notification of " + event.type() + " for call " + event.callId() + " by "
                        + channel.name() + " failed: " + e.getMessage(), e instanceof RuntimeException ? e : null);
            }
        }
    }

    private CalledCompany company(GatewayEvent event) {
        String payloadNumber = event.payload().getString("number", "");
        try {
            return directory.companyOf(event.callId())
                    .orElse(payloadNumber.isEmpty() ? null : new CalledCompany(payloadNumber, ""));
        } catch (RuntimeException e) {
            LOG.fine(() -> "No call record for " + event.callId() + ": " + e);
            return payloadNumber.isEmpty() ? null : new CalledCompany(payloadNumber, "");
        }
    }

    /** Comma-separated event types; blank for the default, {@code NONE} for no notifications at all. */
    static Set<EventType> parse(String list) {
        if (list.isBlank()) {
            return DEFAULT_EVENTS;
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String name : list.split(",")) {
            String type = name.trim().toUpperCase(Locale.ROOT);
            if (type.isEmpty() || type.equals("NONE")) {
                continue;
            }
            try {
                types.add(EventType.valueOf(type));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(EVENTS + " lists an unknown event type '" + name.trim()
                        + "'; known: " + EnumSet.allOf(EventType.class), e);
            }
        }
        return types;
    }
}
