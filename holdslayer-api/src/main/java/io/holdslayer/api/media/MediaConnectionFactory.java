package io.holdslayer.api.media;

import jakarta.resource.ResourceException;

import java.io.Serializable;

/** Hands out connections to the media connector. */
public interface MediaConnectionFactory extends Serializable, jakarta.resource.Referenceable {

    MediaConnection getConnection() throws ResourceException;
}
