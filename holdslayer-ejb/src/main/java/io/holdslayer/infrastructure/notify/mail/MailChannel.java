package io.holdslayer.infrastructure.notify.mail;

import io.holdslayer.application.notify.Notification;
import io.holdslayer.application.notify.NotificationChannel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.Config;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Mails each notification to the configured recipients. The session is looked up by name when the first mail
 * is due rather than injected, so that a server without one still deploys; its absence is logged once.
 */
@ApplicationScoped
public class MailChannel implements NotificationChannel {

    private static final Logger LOG = Logger.getLogger(MailChannel.class.getName());

    @Inject
    private Config config;
    private MailSettings settings;
    private Supplier<Optional<Session>> sessions = MailChannel::lookup;
    private final AtomicBoolean absenceLogged = new AtomicBoolean();

    public MailChannel() {
    }

    public MailChannel(MailSettings settings, Supplier<Optional<Session>> sessions) {
        this.settings = settings;
        this.sessions = sessions;
    }

    @PostConstruct
    void configure() {
        settings = MailSettings.from(config);
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public boolean enabled() {
        return !settings.to().isEmpty();
    }

    @Override
    public void deliver(Notification notification) throws MessagingException {
        Optional<Session> session = sessions.get();
        if (session.isEmpty()) {
            if (absenceLogged.compareAndSet(false, true)) {
                LOG.warning("Mail notifications skipped: no mail session at " + MailNames.SESSION
                        + " (set HOLDSLAYER_MAIL_HOST and reconfigure the server to create it)");
            }
            return;
        }
        MimeMessage message = new MimeMessage(session.get());
        if (settings.from().isEmpty()) {
            message.setFrom();
        } else {
            message.setFrom(new InternetAddress(settings.from(), true));
        }
        for (String to : settings.to()) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        }
        message.setSubject("Hold Slayer: " + notification.subject(), "UTF-8");
        message.setText(notification.text(), "UTF-8");
        message.setSentDate(Date.from(notification.event().timestamp()));
        message.setHeader("X-HoldSlayer-Event", notification.event().type().name());
        Transport.send(message);
    }

    private static Optional<Session> lookup() {
        try {
            return Optional.of((Session) new InitialContext().lookup(MailNames.SESSION));
        } catch (NamingException e) {
            return Optional.empty();
        }
    }
}
