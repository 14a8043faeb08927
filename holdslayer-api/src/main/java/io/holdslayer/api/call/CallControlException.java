package io.holdslayer.api.call;

/** Why a call could not be placed or steered; the REST API maps the reason to an HTTP status. */
public class CallControlException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Closed set of reasons. */
    public enum Reason {
        /** The input is malformed (e.g. not an E.164 number, unknown digit). */
        INVALID,
        /** The input is well-formed but policy forbids it (allow-list, premium rate). */
        REFUSED,
        /** No such call, or no such device. */
        NOT_FOUND,
        /** The call is not in a state that allows it. */
        CONFLICT,
        /** No trunk, or the SIP connector is down. */
        UNAVAILABLE
    }

    private final Reason reason;

    public CallControlException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
