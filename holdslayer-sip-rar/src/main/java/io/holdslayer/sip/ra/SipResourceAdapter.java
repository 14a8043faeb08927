package io.holdslayer.sip.ra;

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
 * Lifecycle and configuration of the SIP connector. Values come from {@code ironjacamar.xml}, where each
 * property reads a system property or environment variable (see docs/operations.md).
 */
@Connector(displayName = "Hold Slayer SIP connector", vendorName = "Hold Slayer", eisType = "SIP",
        version = "0.1", transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class SipResourceAdapter implements jakarta.resource.spi.ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(SipResourceAdapter.class.getName());

    @ConfigProperty(description = "SIP port for UDP and TCP (TLS uses port + 1)", defaultValue = "5060")
    private Integer port = 5060;

    @ConfigProperty(description = "Address the SIP listening points bind to", defaultValue = "127.0.0.1")
    private String bindAddress = "127.0.0.1";

    @ConfigProperty(description = "Transports to listen on, separated by spaces: udp tcp tls", defaultValue = "udp tcp")
    private String transports = "udp tcp";

    private volatile SipSettings active;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        SipSettings settings = settings();
        active = settings;
        LOG.info(() -> "SIP connector started: " + settings);
    }

    @Override
    public void stop() {
        active = null;
        LOG.info("SIP connector stopped");
    }

    /** @throws ResourceAdapterInternalException with a message naming the property and what is wrong */
    public SipSettings settings() throws ResourceAdapterInternalException {
        try {
            return new SipSettings(port, bindAddress, SipSettings.parseTransports(transports));
        } catch (IllegalArgumentException e) {
            throw new ResourceAdapterInternalException("Invalid SIP connector configuration: " + e.getMessage());
        }
    }

    public ConnectorStatus status() {
        SipSettings settings = active;
        if (settings == null) {
            return new ConnectorStatus(false, "SIP connector is not started");
        }
        return new ConnectorStatus(true, "configured for " + settings.transports() + " on "
                + settings.bindAddress() + ":" + settings.port() + "; SIP stack not installed yet");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        throw new ResourceException("the SIP connector has no inbound listener yet");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public String getBindAddress() {
        return bindAddress;
    }

    public void setBindAddress(String bindAddress) {
        this.bindAddress = bindAddress;
    }

    public String getTransports() {
        return transports;
    }

    public void setTransports(String transports) {
        this.transports = transports;
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
