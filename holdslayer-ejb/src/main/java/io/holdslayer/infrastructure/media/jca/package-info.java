/**
 * The application's side of the media connector's inbound listener: a message-driven bean that receives the
 * media plane's segment-level events and republishes those the gateway's event vocabulary names (audio
 * classified, hold and human detected, recording started/stopped) as gateway events.
 */
package io.holdslayer.infrastructure.media.jca;
