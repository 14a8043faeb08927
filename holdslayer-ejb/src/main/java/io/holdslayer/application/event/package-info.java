/**
 * Publishing gateway events: application code says what happened ({@link EventPublisher#publish}); the
 * publisher stamps an increasing id and the time and hands the event to the messaging infrastructure.
 */
package io.holdslayer.application.event;
