/**
 * Notifications as webhooks: the event's JSON POSTed to an operator URL, with a delivery id, a timestamp and an
 * HMAC-SHA256 signature over {@code timestamp.body} so the receiver can tell it came from this gateway.
 */
package io.holdslayer.infrastructure.notify.webhook;
