/**
 * Inbound side of the media connector: the activation spec a message-driven bean implementing
 * {@link io.holdslayer.api.media.MediaListener} is configured with (which event types, which leg role), and the
 * dispatcher that delivers the engine's events to every active endpoint on the adapter's own delivery threads,
 * never on the media clock.
 */
package io.holdslayer.media.ra.inbound;
