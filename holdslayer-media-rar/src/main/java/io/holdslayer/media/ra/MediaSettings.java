package io.holdslayer.media.ra;

import io.holdslayer.api.media.RecordingMode;
import io.holdslayer.media.engine.EngineSettings;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;

/** The media connector's validated configuration; each check names the property and what is wrong. */
public record MediaSettings(int rtpPortMin, int rtpPortMax, String bindAddress, String advertisedAddress,
                            String recordingDirectory, String recordingMode, boolean monitorCompanyLegs,
                            int jitterDelayMillis, int rtpTimeoutSeconds) {

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
        bindAddress = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress.trim();
        advertisedAddress = advertisedAddress == null ? "" : advertisedAddress.trim();
        recordingDirectory = recordingDirectory == null ? "" : recordingDirectory.trim();
        recordingMode = recordingMode == null || recordingMode.isBlank() ? "STEREO" : recordingMode.trim();
        mode(recordingMode);
        if (jitterDelayMillis < 0 || jitterDelayMillis > 640 || jitterDelayMillis % 20 != 0) {
            throw new IllegalArgumentException("jitterDelayMillis must be a multiple of 20 within 0-640, got "
                    + jitterDelayMillis);
        }
        if (rtpTimeoutSeconds < 0) {
            throw new IllegalArgumentException("rtpTimeoutSeconds must be 0 (off) or more, got " + rtpTimeoutSeconds);
        }
        if (advertisedAddress.isEmpty() && isWildcard(bindAddress)) {
            throw new IllegalArgumentException("advertisedAddress must be set when bindAddress is the wildcard "
                    + bindAddress + " (peers need a reachable address in the SDP)");
        }
    }

    private static boolean isWildcard(String address) {
        return address.equals("0.0.0.0") || address.equals("::");
    }

    private static RecordingMode mode(String name) {
        try {
            return RecordingMode.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("recordingMode must be STEREO, MONO or OFF, got '" + name + "'");
        }
    }

    /** How many call legs the port range can carry at once. */
    public int sessionCapacity() {
        return (rtpPortMax - rtpPortMin + 1) / 2;
    }

    /** The engine's settings; an empty recording directory means {@code <data dir>/recordings}. */
    public EngineSettings engine(String dataDirectory) {
        InetAddress bind;
        try {
            bind = InetAddress.getByName(bindAddress);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bindAddress '" + bindAddress + "' does not resolve");
        }
        Path recordings = recordingDirectory.isEmpty() ? Path.of(dataDirectory, "recordings") : Path.of(recordingDirectory);
        return new EngineSettings(bind, advertisedAddress.isEmpty() ? bindAddress : advertisedAddress, rtpPortMin,
                rtpPortMax, recordings, mode(recordingMode), monitorCompanyLegs, jitterDelayMillis / 20,
                rtpTimeoutSeconds, 100, 60, 2);
    }
}
