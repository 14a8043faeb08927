package io.holdslayer.media.rtp;

import java.util.Locale;

/**
 * RTP payload types as an open registry (RFC 3551): the static ones we use are constants, {@link #valueOf}
 * returns them for their number and a nameless instance for any other number.
 */
public final class RtpPayloadType {

    public static final RtpPayloadType PCMU = new RtpPayloadType(0, "PCMU", 8000);
    public static final RtpPayloadType PCMA = new RtpPayloadType(8, "PCMA", 8000);
    /** Comfort noise (RFC 3389); recognised so that it is not counted as unknown, and ignored. */
    public static final RtpPayloadType CN = new RtpPayloadType(13, "CN", 8000);
    /** The payload type we offer for RFC 4733 events; the peer's choice wins in answers. */
    public static final int DEFAULT_TELEPHONE_EVENT = 101;
    public static final String TELEPHONE_EVENT = "telephone-event";

    private final int number;
    private final String encodingName;
    private final int clockRate;

    private RtpPayloadType(int number, String encodingName, int clockRate) {
        this.number = number;
        this.encodingName = encodingName;
        this.clockRate = clockRate;
    }

    public static RtpPayloadType valueOf(int number) {
        return switch (number) {
            case 0 -> PCMU;
            case 8 -> PCMA;
            case 13 -> CN;
            default -> new RtpPayloadType(number, "unknown", 0);
        };
    }

    /** The static payload type with this encoding name (as in an {@code rtpmap}), or null. */
    public static RtpPayloadType byEncoding(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "PCMU" -> PCMU;
            case "PCMA" -> PCMA;
            default -> null;
        };
    }

    public int number() {
        return number;
    }

    public String encodingName() {
        return encodingName;
    }

    public int clockRate() {
        return clockRate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RtpPayloadType type && type.number == number;
    }

    @Override
    public int hashCode() {
        return number;
    }

    @Override
    public String toString() {
        return encodingName + "(" + number + ")";
    }
}
