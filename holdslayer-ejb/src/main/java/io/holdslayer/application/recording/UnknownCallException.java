package io.holdslayer.application.recording;

import jakarta.ejb.ApplicationException;

/** A recording was reported for a call the gateway has no record of. */
@ApplicationException(rollback = true)
public class UnknownCallException extends RuntimeException {

    public UnknownCallException(String callId) {
        super("no call record '" + callId + "': a recording belongs to a call that is stored first");
    }
}
