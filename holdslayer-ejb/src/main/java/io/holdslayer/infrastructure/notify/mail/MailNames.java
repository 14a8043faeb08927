package io.holdslayer.infrastructure.notify.mail;

/** Names shared by the CLI scripts and the code. */
public final class MailNames {

    /** The mail session {@code install-mail.cli} defines. */
    public static final String SESSION = "java:jboss/mail/holdslayer";

    private MailNames() {
    }
}
