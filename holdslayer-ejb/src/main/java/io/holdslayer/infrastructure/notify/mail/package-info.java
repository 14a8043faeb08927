/**
 * Notifications by e-mail through the Jakarta Mail session the server defines (WildFly's mail subsystem, set up
 * by {@code install-mail.cli} when an SMTP host is configured). Without that session mail is skipped.
 */
package io.holdslayer.infrastructure.notify.mail;
