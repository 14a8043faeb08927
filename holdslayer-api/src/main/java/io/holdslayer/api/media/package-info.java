/**
 * Contract of the media connector ({@code holdslayer-media-rar}): the outbound connection factory through which
 * the application opens RTP sessions, and the JNDI name it is bound to.
 */
package io.holdslayer.api.media;
