package io.holdslayer.media.engine;

import io.holdslayer.api.media.MediaEvent;

/** Where the engine's events go; called from the clock, receiver and worker threads, so it must not block. */
public interface MediaEventSink {

    void publish(MediaEvent event);
}
