package io.holdslayer.application.ai;

/** An AI service is not configured or did not answer usefully. */
public class AiUnavailableException extends Exception {

    public AiUnavailableException(String message) {
        super(message);
    }
}
