package io.holdslayer.media.ra;

import io.holdslayer.api.connector.ConnectorStatus;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import javax.transaction.xa.XAResource;
import java.util.logging.Logger;

/**
 * Lifecycle and configuration of the media connector. Values come from {@code ironjacamar.xml}, where each
 * property reads a system property or environment variable (see docs/operations.md).
 */
@Connector(displayName = "Hold Slayer media connector", vendorName = "Hold Slayer", eisType = "RTP",
        version = "0.1", transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class MediaResourceAdapter implements jakarta.resource.spi.ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(MediaResourceAdapter.class.getName());

    @ConfigProperty(description = "Lowest UDP port for RTP (even); RTCP uses the next odd port", defaultValue = "20000")
    private Integer rtpPortMin = 20000;

    @ConfigProperty(description = "Highest UDP port for RTP", defaultValue = "29999")
    private Integer rtpPortMax = 29999;

    @ConfigProperty(description = "Address written into SDP; empty means the bind address", defaultValue = "")
    private String advertisedAddress = "";

    @ConfigProperty(description = "Directory for call recordings; empty means <data dir>/recordings", defaultValue = "")
    private String recordingDirectory = "";

    private volatile boolean started;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        MediaSettings settings = settings();
        started = true;
        LOG.info(() -> "Media connector started: " + settings);
    }

    @Override
    public void stop() {
        started = false;
        LOG.info("Media connector stopped");
    }

    /** @throws ResourceAdapterInternalException with a message naming the property and what is wrong */
    public MediaSettings settings() throws ResourceAdapterInternalException {
        try {
            return new MediaSettings(rtpPortMin, rtpPortMax, advertisedAddress, recordingDirectory);
        } catch (IllegalArgumentException e) {
            throw new ResourceAdapterInternalException("Invalid media connector configuration: " + e.getMessage());
        }
    }

    public ConnectorStatus status() {
        if (!started) {
            return new ConnectorStatus(false, "media connector is not started");
        }
        return new ConnectorStatus(true, "RTP ports " + rtpPortMin + "-" + rtpPortMax
                + " reserved; engine not installed yet");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        throw new ResourceException("the media connector has no inbound listener yet");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
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

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
