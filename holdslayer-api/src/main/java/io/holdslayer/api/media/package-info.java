/**
 * Contract of the media connector ({@code holdslayer-media-rar}): the outbound connection factory through which
 * the application opens RTP sessions, the JNDI name it is bound to, and its inbound side: the
 * {@link io.holdslayer.api.media.MediaListener} interface through which message-driven beans receive segment-level
 * {@link io.holdslayer.api.media.MediaEvent}s (classification changes, DTMF heard, speech segments, timeouts).
 */
package io.holdslayer.api.media;
