package io.holdslayer.api.call;

/** Where a call is in its life: {@code TRYING → RINGING → CONNECTED → ON_HOLD → TRANSFERRING → BRIDGED → ENDED | FAILED}. */
public enum CallStatus {
    TRYING,
    RINGING,
    CONNECTED,
    ON_HOLD,
    TRANSFERRING,
    BRIDGED,
    ENDED,
    FAILED;

    public boolean isFinal() {
        return this == ENDED || this == FAILED;
    }
}
