/**
 * Notifications as text messages through any SMS provider's HTTP API, described by configuration: URL, method,
 * content type and a body template whose placeholders are encoded for the body's type.
 */
package io.holdslayer.infrastructure.notify.sms;
