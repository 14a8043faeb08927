package io.holdslayer.application.notify;

/** One way of reaching the user; the technology packages implement it. */
public interface NotificationChannel {

    /** A short name for log lines: {@code mail}, {@code webhook}, {@code sms}. */
    String name();

    /** Whether this channel is configured at all; unconfigured channels are skipped silently. */
    boolean enabled();

    /** Delivers the notification or throws once it has given up. */
    void deliver(Notification notification) throws Exception;
}
