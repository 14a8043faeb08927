/**
 * The web tier's side of the event backbone: a message-driven bean takes every event off the JMS topic, keeps
 * the last 1000 for late joiners ({@code GET /api/events}) and fans it out to WebSocket clients at
 * {@code /ws/events}, each with its optional {@code types} filter.
 */
package io.holdslayer.web.events;
