package io.holdslayer.media.dtmf;

/**
 * Recognises digits in incoming RFC 4733 telephone-event payloads. An event is identified by its RTP timestamp:
 * the first packet seen for a new timestamp reports the digit (even if the marker packet was lost), updates and
 * the repeated end packets of the same event report nothing.
 */
public final class Rfc4733Receiver {

    private long lastTimestamp = -1;
    private long malformed;

    /** Returns the digit when this payload begins a new DTMF event, else 0. */
    public char accept(byte[] payload, int offset, int length, long timestamp) {
        if (length < 4) {
            malformed++;
            return 0;
        }
        if (timestamp == lastTimestamp) {
            return 0;
        }
        char key = DtmfDigits.key(payload[offset] & 0xFF);
        if (key == 0) {
            return 0;
        }
        lastTimestamp = timestamp;
        return key;
    }

    public long malformed() {
        return malformed;
    }
}
