package io.holdslayer.infrastructure.notify.mail;

import org.eclipse.microprofile.config.Config;

import java.util.List;

/**
 * @param to   recipients; mail is off without any
 * @param from the sender; empty to use the session's default ({@code mail.from})
 */
public record MailSettings(List<String> to, String from) {

    public static final String PREFIX = "holdslayer.notify.mail.";

    public MailSettings {
        to = List.copyOf(to);
    }

    public static MailSettings from(Config config) {
        return new MailSettings(
                config.getOptionalValues(PREFIX + "to", String.class).orElse(List.of()).stream()
                        .map(String::trim).filter(s -> !s.isEmpty()).toList(),
                config.getOptionalValue(PREFIX + "from", String.class).map(String::trim).orElse(""));
    }
}
