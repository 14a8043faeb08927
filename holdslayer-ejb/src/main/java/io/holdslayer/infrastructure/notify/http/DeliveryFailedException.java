package io.holdslayer.infrastructure.notify.http;

/** A notification request that was given up on; the message says after what. */
public class DeliveryFailedException extends Exception {

    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
