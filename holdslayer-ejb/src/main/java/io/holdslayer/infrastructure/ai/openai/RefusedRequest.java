package io.holdslayer.infrastructure.ai.openai;

import io.holdslayer.application.ai.AiUnavailableException;

/** A service answered a status that retrying cannot change (4xx other than 429). */
final class RefusedRequest extends AiUnavailableException {

    private final int status;
    private final String serverMessage;

    RefusedRequest(String where, int status, String serverMessage) {
        super(where + " answered HTTP " + status + ": " + serverMessage);
        this.status = status;
        this.serverMessage = serverMessage;
    }

    int status() {
        return status;
    }

    String serverMessage() {
        return serverMessage;
    }
}
