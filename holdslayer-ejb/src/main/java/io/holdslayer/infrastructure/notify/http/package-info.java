/**
 * Outbound HTTP for notifications over the JDK's {@code java.net.http.HttpClient}, shared by the webhook and the
 * SMS gateway: one request retried with exponential backoff while the far end may recover (connection errors,
 * timeouts, 5xx, 429) and never when it has refused the request (other 4xx).
 */
package io.holdslayer.infrastructure.notify.http;
