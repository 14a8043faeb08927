package io.holdslayer.application.ai;

/**
 * An AI service could not give an answer: it is not configured, it timed out or failed on every try, it refused
 * the request (the message carries its HTTP status and error text), or its answer was unusable.
 */
public class AiUnavailableException extends Exception {

    public AiUnavailableException(String message) {
        super(message);
    }

    public AiUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param service "LLM", "STT" or "TTS"; @param baseUrlKey the key that would configure it */
    public static AiUnavailableException notConfigured(String service, String baseUrlKey) {
        return new AiUnavailableException(service + " is not configured (set " + baseUrlKey + ")");
    }
}
