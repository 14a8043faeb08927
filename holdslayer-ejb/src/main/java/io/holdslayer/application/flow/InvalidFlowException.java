package io.holdslayer.application.flow;

/** A call flow document that cannot be used; the message says what is wrong and where. */
public class InvalidFlowException extends Exception {

    public InvalidFlowException(String message) {
        super(message);
    }
}
