/**
 * The gateway's event vocabulary: one JSON shape ({@code id, type, timestamp, callId, payload}) for every
 * event, whether it travels as a JMS text message, a WebSocket frame or a REST history entry.
 */
package io.holdslayer.api.event;
