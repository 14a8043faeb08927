package io.holdslayer.api.media;

import jakarta.resource.ResourceException;

/** The peer's SDP cannot be used (no common codec, malformed, no audio); the SIP side answers 488. */
public class SdpNotAcceptableException extends ResourceException {

    private static final long serialVersionUID = 1L;

    public SdpNotAcceptableException(String message) {
        super(message);
    }
}
