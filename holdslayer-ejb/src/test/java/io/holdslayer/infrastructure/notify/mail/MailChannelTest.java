package io.holdslayer.infrastructure.notify.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.holdslayer.api.event.EventType;
import io.holdslayer.api.event.GatewayEvent;
import io.holdslayer.application.notify.CalledCompany;
import io.holdslayer.application.notify.Notification;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mail through Eclipse Angus Mail to GreenMail's SMTP server on a free loopback port. */
class MailChannelTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String SUBJECT = "A person answered at Acme Bank (+15550100) — pick up your phone";
    private static final Notification HUMAN = new Notification(
            new GatewayEvent(9, EventType.HUMAN_DETECTED, Instant.parse("2026-11-21T10:00:00Z"), "c0ffee",
                    JsonValue.EMPTY_JSON_OBJECT),
            new CalledCompany("+15550100", "Acme Bank"), SUBJECT, SUBJECT + "\n\nCall: c0ffee\n");

    @Test
    void mailsEachRecipientAReadableMessage() throws Exception {
        MailSettings settings = new MailSettings(List.of("alice@example.org", "bob@example.org"),
                "Hold Slayer <gateway@example.org>");

        new MailChannel(settings, () -> Optional.of(session())).deliver(HUMAN);

        assertTrue(SMTP.waitForIncomingEmail(10_000, 2));
        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertEquals(2, mails.length, "one copy per recipient mailbox");
        MimeMessage mail = mails[0];
        assertEquals("Hold Slayer: " + SUBJECT, mail.getSubject());
        assertEquals("Hold Slayer <gateway@example.org>", mail.getFrom()[0].toString());
        assertArrayEquals(new String[] {"alice@example.org", "bob@example.org"},
                java.util.Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toArray());
        assertEquals("HUMAN_DETECTED", mail.getHeader("X-HoldSlayer-Event")[0]);
        assertTrue(GreenMailUtil.getBody(mail).contains("Call: c0ffee"), GreenMailUtil.getBody(mail));
    }

    @Test
    void withoutASessionMailIsSkipped() {
        MailChannel channel = new MailChannel(new MailSettings(List.of("alice@example.org"), ""), Optional::empty);

        assertTrue(channel.enabled());
        assertDoesNotThrow(() -> channel.deliver(HUMAN));
        assertDoesNotThrow(() -> channel.deliver(HUMAN));
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    private static Session session() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(SMTP.getSmtp().getPort()));
        return Session.getInstance(properties);
    }
}
