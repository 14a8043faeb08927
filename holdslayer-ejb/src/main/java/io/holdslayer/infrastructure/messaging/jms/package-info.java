/**
 * JMS side of the event backbone: every gateway event goes to one topic as a text message holding its JSON,
 * with string properties {@code eventType} and {@code callId} for message selectors.
 */
package io.holdslayer.infrastructure.messaging.jms;
