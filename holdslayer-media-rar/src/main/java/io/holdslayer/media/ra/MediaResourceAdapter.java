package io.holdslayer.media.ra;

import io.holdslayer.api.connector.ConnectorStatus;
import io.holdslayer.audio.vad.VoiceActivity;
import io.holdslayer.media.engine.MediaEngine;
import io.holdslayer.media.ra.inbound.EventDispatcher;
import io.holdslayer.media.ra.inbound.MediaActivationSpec;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import javax.transaction.xa.XAResource;
import java.io.IOException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Lifecycle and configuration of the media connector. Values come from {@code ironjacamar.xml}, where each
 * property reads a system property (see docs/operations.md). {@link #start} validates them and starts the
 * engine (its receiver, clock, worker and delivery threads are the adapter's own, with the adapter's class
 * loader); {@link #stop} ends every thread and closes every socket, so a redeploy finds the ports free.
 */
@Connector(displayName = "Hold Slayer media connector", vendorName = "Hold Slayer", eisType = "RTP",
        version = "0.1", transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class MediaResourceAdapter implements jakarta.resource.spi.ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(MediaResourceAdapter.class.getName());

    @ConfigProperty(description = "Lowest UDP port for RTP (even); RTCP uses the next odd port", defaultValue = "20000")
    private Integer rtpPortMin = 20000;

    @ConfigProperty(description = "Highest UDP port for RTP", defaultValue = "29999")
    private Integer rtpPortMax = 29999;

    @ConfigProperty(description = "Address the RTP sockets bind to", defaultValue = "127.0.0.1")
    private String bindAddress = "127.0.0.1";

    @ConfigProperty(description = "Address written into SDP; empty means the bind address", defaultValue = "")
    private String advertisedAddress = "";

    @ConfigProperty(description = "Directory for call recordings; empty means <data dir>/recordings", defaultValue = "")
    private String recordingDirectory = "";

    @ConfigProperty(description = "Recording started when a call's company leg opens: STEREO (company left, user"
            + " right), MONO, or OFF (only on request)", defaultValue = "STEREO")
    private String recordingMode = "STEREO";

    @ConfigProperty(description = "Run the audio analysis (classification, hold/human detection, speech segments)"
            + " on every company leg", defaultValue = "true")
    private Boolean monitorCompanyLegs = Boolean.TRUE;

    @ConfigProperty(description = "Jitter buffer playout delay in ms (multiple of 20)", defaultValue = "60")
    private Integer jitterDelayMillis = 60;

    @ConfigProperty(description = "Seconds without RTP on a receiving leg before RTP_TIMEOUT; 0 turns it off",
            defaultValue = "30")
    private Integer rtpTimeoutSeconds = 30;

    private volatile MediaEngine engine;
    private volatile EventDispatcher dispatcher;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        MediaSettings settings = settings();
        ThreadFactory threads = adapterThreads();
        EventDispatcher events = new EventDispatcher(threads);
        try {
            engine = new MediaEngine(settings.engine(System.getProperty("holdslayer.data.dir", "data")), events, threads);
        } catch (IOException | IllegalArgumentException e) {
            events.stop();
            throw new ResourceAdapterInternalException("Media connector could not start: " + e.getMessage(), e);
        }
        dispatcher = events;
        LOG.info(() -> "Media connector started: " + settings);
    }

    /** Daemon threads carrying the adapter's class loader, so work done on them sees the adapter's classes. */
    private ThreadFactory adapterThreads() {
        ClassLoader loader = MediaResourceAdapter.class.getClassLoader();
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "holdslayer-media-" + counter.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        };
    }

    @Override
    public void stop() {
        MediaEngine current = engine;
        engine = null;
        if (current != null) {
            current.close();
        }
        EventDispatcher events = dispatcher;
        dispatcher = null;
        if (events != null) {
            events.stop();
        }
        LOG.info("Media connector stopped; RTP ports and threads released");
    }

    /** @throws ResourceAdapterInternalException with a message naming the property and what is wrong */
    public MediaSettings settings() throws ResourceAdapterInternalException {
        try {
            return new MediaSettings(rtpPortMin, rtpPortMax, bindAddress, advertisedAddress, recordingDirectory,
                    recordingMode, monitorCompanyLegs, jitterDelayMillis, rtpTimeoutSeconds);
        } catch (IllegalArgumentException e) {
            throw new ResourceAdapterInternalException("Invalid media connector configuration: " + e.getMessage());
        }
    }

    /** @throws ResourceException when the adapter is not started */
    public MediaEngine engine() throws ResourceException {
        MediaEngine current = engine;
        if (current == null) {
            throw new ResourceException("the media connector is not started");
        }
        return current;
    }

    public ConnectorStatus status() {
        MediaEngine current = engine;
        if (current == null) {
            return new ConnectorStatus(false, "media connector is not started");
        }
        return new ConnectorStatus(true, "RTP ports " + rtpPortMin + "-" + rtpPortMax + ", " + current.legCount()
                + " legs open, " + current.clock().lateFrames() + " late frames of " + current.clock().frames()
                + ", voice activity " + VoiceActivity.availableDetector());
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        if (!(spec instanceof MediaActivationSpec mediaSpec)) {
            throw new NotSupportedException("the media connector takes a MediaActivationSpec, got "
                    + (spec == null ? "none" : spec.getClass().getName()));
        }
        EventDispatcher events = dispatcher;
        if (events == null) {
            throw new ResourceException("the media connector is not started");
        }
        events.activate(factory, mediaSpec);
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        EventDispatcher events = dispatcher;
        if (events != null) {
            events.deactivate(factory);
        }
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    public Integer getRtpPortMin() {
        return rtpPortMin;
    }

    public void setRtpPortMin(Integer rtpPortMin) {
        this.rtpPortMin = rtpPortMin;
    }

    public Integer getRtpPortMax() {
        return rtpPortMax;
    }

    public void setRtpPortMax(Integer rtpPortMax) {
        this.rtpPortMax = rtpPortMax;
    }

    public String getBindAddress() {
        return bindAddress;
    }

    public void setBindAddress(String bindAddress) {
        this.bindAddress = bindAddress;
    }

    public String getAdvertisedAddress() {
        return advertisedAddress;
    }

    public void setAdvertisedAddress(String advertisedAddress) {
        this.advertisedAddress = advertisedAddress;
    }

    public String getRecordingDirectory() {
        return recordingDirectory;
    }

    public void setRecordingDirectory(String recordingDirectory) {
        this.recordingDirectory = recordingDirectory;
    }

    public String getRecordingMode() {
        return recordingMode;
    }

    public void setRecordingMode(String recordingMode) {
        this.recordingMode = recordingMode;
    }

    public Boolean getMonitorCompanyLegs() {
        return monitorCompanyLegs;
    }

    public void setMonitorCompanyLegs(Boolean monitorCompanyLegs) {
        this.monitorCompanyLegs = monitorCompanyLegs;
    }

    public Integer getJitterDelayMillis() {
        return jitterDelayMillis;
    }

    public void setJitterDelayMillis(Integer jitterDelayMillis) {
        this.jitterDelayMillis = jitterDelayMillis;
    }

    public Integer getRtpTimeoutSeconds() {
        return rtpTimeoutSeconds;
    }

    public void setRtpTimeoutSeconds(Integer rtpTimeoutSeconds) {
        this.rtpTimeoutSeconds = rtpTimeoutSeconds;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
