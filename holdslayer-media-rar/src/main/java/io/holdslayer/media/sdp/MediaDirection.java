package io.holdslayer.media.sdp;

import java.util.Locale;

/** The direction attribute of an SDP media stream (RFC 3264 section 5.1), from the describing side's view. */
public enum MediaDirection {
    SENDRECV, SENDONLY, RECVONLY, INACTIVE;

    /** The direction an answerer uses for an offer with this direction (sendonly is answered recvonly ...). */
    public MediaDirection mirror() {
        return switch (this) {
            case SENDONLY -> RECVONLY;
            case RECVONLY -> SENDONLY;
            default -> this;
        };
    }

    public boolean sends() {
        return this == SENDRECV || this == SENDONLY;
    }

    public boolean receives() {
        return this == SENDRECV || this == RECVONLY;
    }

    /** The attribute name as written in SDP. */
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction of an attribute name, or null when the name is not a direction. */
    public static MediaDirection ofAttribute(String name) {
        for (MediaDirection direction : values()) {
            if (direction.attribute().equalsIgnoreCase(name)) {
                return direction;
            }
        }
        return null;
    }
}
