package io.holdslayer.media.engine;

import io.holdslayer.api.media.RecordingMode;

import java.net.InetAddress;
import java.nio.file.Path;

/**
 * How the engine runs.
 *
 * @param bindAddress        where RTP sockets listen
 * @param advertisedAddress  written into SDP (c= and o=)
 * @param rtpPortMin         lowest (even) RTP port
 * @param rtpPortMax         highest port of the range
 * @param recordingDirectory where call recordings go
 * @param autoRecord         recording started when a call's company leg opens (OFF: only on request)
 * @param monitorCompanyLegs run the analysis tap on every company leg
 * @param jitterDelayFrames  playout delay of the jitter buffer in 20 ms frames
 * @param rtpTimeoutSeconds  silence on a receiving leg before RTP_TIMEOUT
 * @param dtmfToneMillis     length of each sent digit
 * @param dtmfPauseMillis    pause after each sent digit
 * @param workerThreads      threads for taps and recorders
 */
public record EngineSettings(InetAddress bindAddress, String advertisedAddress, int rtpPortMin, int rtpPortMax,
                             Path recordingDirectory, RecordingMode autoRecord, boolean monitorCompanyLegs,
                             int jitterDelayFrames, int rtpTimeoutSeconds, int dtmfToneMillis,
                             int dtmfPauseMillis, int workerThreads) {

    /** Loopback, the given port range, no automatic recording or monitoring: for tests and the benchmark. */
    public static EngineSettings loopback(int rtpPortMin, int rtpPortMax, Path recordingDirectory) {
        return new EngineSettings(InetAddress.getLoopbackAddress(), "127.0.0.1", rtpPortMin, rtpPortMax,
                recordingDirectory, RecordingMode.OFF, false, 3, 30, 100, 60, 2);
    }

    public EngineSettings withAutomation(RecordingMode record, boolean monitor) {
        return new EngineSettings(bindAddress, advertisedAddress, rtpPortMin, rtpPortMax, recordingDirectory,
                record, monitor, jitterDelayFrames, rtpTimeoutSeconds, dtmfToneMillis, dtmfPauseMillis,
                workerThreads);
    }

    public EngineSettings withRtpTimeout(int seconds) {
        return new EngineSettings(bindAddress, advertisedAddress, rtpPortMin, rtpPortMax, recordingDirectory,
                autoRecord, monitorCompanyLegs, jitterDelayFrames, seconds, dtmfToneMillis, dtmfPauseMillis,
                workerThreads);
    }
}
