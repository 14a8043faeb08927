package io.holdslayer.api.media;

/**
 * Message-listener interface of the media connector's inbound side: a message-driven bean implementing it
 * receives the segment-level events of every leg (filtered by its activation properties).
 */
public interface MediaListener {

    void onMediaEvent(MediaEvent event);
}
