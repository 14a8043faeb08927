package io.holdslayer.sip.ra;

import io.holdslayer.api.connector.ConnectorStatus;
import io.holdslayer.sip.ra.inbound.InboundDispatcher;
import io.holdslayer.sip.ra.inbound.SipActivationSpec;
import io.holdslayer.sip.ra.jainsip.JainSipEngine;
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
 * property reads a system property or environment variable (see docs/operations.md). {@code start()} opens the
 * listening points and starts the JAIN-SIP stack; {@code stop()} closes them and stops its threads.
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

    @ConfigProperty(description = "Listener threads of the SIP stack", defaultValue = "64")
    private Integer threads = 64;

    @ConfigProperty(description = "Listener threads busy in the application from which new INVITEs are answered 503 "
            + "with Retry-After (0: never); empty: three quarters of the threads", defaultValue = "")
    private String overloadLimit = "";

    @ConfigProperty(description = "Retry-After (seconds) of the 503 answered under overload", defaultValue = "5")
    private Integer overloadRetryAfter = SipSettings.DEFAULT_RETRY_AFTER_SECONDS;

    @ConfigProperty(description = "Milliseconds the oldest message may wait in the stack's UDP queue before new "
            + "INVITEs are answered 503 (0: not watched)", defaultValue = "250")
    private Integer overloadQueueMillis = SipSettings.DEFAULT_OVERLOAD_QUEUE_MILLIS;

    @ConfigProperty(description = "Keystore (PKCS12 or JKS) with the TLS certificate; enables TLS on port + 1",
            defaultValue = "")
    private String tlsKeystore = "";

    @ConfigProperty(description = "Password of the TLS keystore", defaultValue = "", confidential = true)
    private String tlsKeystorePassword = "";

    @ConfigProperty(description = "Type of the TLS keystore: PKCS12 or JKS", defaultValue = "PKCS12")
    private String tlsKeystoreType = "PKCS12";

    private final InboundDispatcher dispatcher = new InboundDispatcher();
    private volatile JainSipEngine engine;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        SipSettings settings = settings();
        try {
            JainSipEngine started = JainSipEngine.start(settings, dispatcher);
            dispatcher.attach(started.provider(), started.messageFactory(), started.headerFactory());
            dispatcher.limitOverload(settings.overloadLimit(), settings.retryAfterSeconds(),
                    settings.overloadQueueMillis(), started.udpQueueDelay());
            engine = started;
        } catch (Exception e) {
            throw new ResourceAdapterInternalException("SIP connector could not listen on " + settings + ": " + e, e);
        }
        LOG.info(() -> "SIP connector started: " + settings);
    }

    @Override
    public void stop() {
        JainSipEngine running = engine;
        engine = null;
        if (running != null) {
            running.stop();
        }
        LOG.info("SIP connector stopped");
    }

    /** The running stack, for the outbound connections. @throws IllegalStateException when stopped */
    public JainSipEngine engine() {
        JainSipEngine running = engine;
        if (running == null) {
            throw new IllegalStateException("the SIP connector is not started");
        }
        return running;
    }

    /** @throws ResourceAdapterInternalException with a message naming the property and what is wrong */
    public SipSettings settings() throws ResourceAdapterInternalException {
        try {
            return new SipSettings(port, bindAddress, SipSettings.parseTransports(transports), threads,
                    TlsKeystore.of(tlsKeystore, tlsKeystorePassword, tlsKeystoreType), overloadLimitOrDefault(),
                    overloadRetryAfter, overloadQueueMillis);
        } catch (IllegalArgumentException e) {
            throw new ResourceAdapterInternalException("Invalid SIP connector configuration: " + e.getMessage());
        }
    }

    private int overloadLimitOrDefault() {
        if (overloadLimit == null || overloadLimit.isBlank()) {
            return SipSettings.defaultOverloadLimit(threads);
        }
        try {
            return Integer.parseInt(overloadLimit.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("overloadLimit must be a number of threads, got '" + overloadLimit + "'");
        }
    }

    public ConnectorStatus status() {
        JainSipEngine running = engine;
        if (running == null) {
            return new ConnectorStatus(false, "SIP connector is not started");
        }
        int endpoints = dispatcher.activationCount();
        return new ConnectorStatus(true, "listening on " + running.settings() + "; " + endpoints
                + " message endpoint(s) active; " + dispatcher.overloadRefusals() + " INVITEs refused (overload)");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        if (!(spec instanceof SipActivationSpec sipSpec)) {
            throw new ResourceException("expected a SipActivationSpec, got " + spec);
        }
        sipSpec.validate();
        dispatcher.activate(factory, sipSpec);
        LOG.info(() -> "SIP endpoint activated for methods " + sipSpec.getMethods());
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        dispatcher.deactivate(factory);
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

    public Integer getThreads() {
        return threads;
    }

    public void setThreads(Integer threads) {
        this.threads = threads;
    }

    public String getOverloadLimit() {
        return overloadLimit;
    }

    public void setOverloadLimit(String overloadLimit) {
        this.overloadLimit = overloadLimit;
    }

    public Integer getOverloadRetryAfter() {
        return overloadRetryAfter;
    }

    public void setOverloadRetryAfter(Integer overloadRetryAfter) {
        this.overloadRetryAfter = overloadRetryAfter;
    }

    public Integer getOverloadQueueMillis() {
        return overloadQueueMillis;
    }

    public void setOverloadQueueMillis(Integer overloadQueueMillis) {
        this.overloadQueueMillis = overloadQueueMillis;
    }

    public String getTlsKeystore() {
        return tlsKeystore;
    }

    public void setTlsKeystore(String tlsKeystore) {
        this.tlsKeystore = tlsKeystore;
    }

    public String getTlsKeystorePassword() {
        return tlsKeystorePassword;
    }

    public void setTlsKeystorePassword(String tlsKeystorePassword) {
        this.tlsKeystorePassword = tlsKeystorePassword;
    }

    public String getTlsKeystoreType() {
        return tlsKeystoreType;
    }

    public void setTlsKeystoreType(String tlsKeystoreType) {
        this.tlsKeystoreType = tlsKeystoreType;
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
