package io.holdslayer.media.ra;

/** The media connector's validated configuration. */
public record MediaSettings(int rtpPortMin, int rtpPortMax, String advertisedAddress, String recordingDirectory) {

    public MediaSettings {
        if (rtpPortMin < 1024 || rtpPortMax > 65534) {
            throw new IllegalArgumentException("rtpPortMin/rtpPortMax must lie within 1024-65534, got "
                    + rtpPortMin + "-" + rtpPortMax);
        }
        if (rtpPortMin % 2 != 0) {
            throw new IllegalArgumentException("rtpPortMin must be even (RTP on even, RTCP on odd ports), got "
                    + rtpPortMin);
        }
        if (rtpPortMax - rtpPortMin < 1) {
            throw new IllegalArgumentException("rtpPortMax must be above rtpPortMin to hold one RTP/RTCP pair, got "
                    + rtpPortMin + "-" + rtpPortMax);
        }
        advertisedAddress = advertisedAddress == null ? "" : advertisedAddress.trim();
        recordingDirectory = recordingDirectory == null ? "" : recordingDirectory.trim();
    }

    /** How many calls legs the port range can carry at once. */
    public int sessionCapacity() {
        return (rtpPortMax - rtpPortMin + 1) / 2;
    }
}
