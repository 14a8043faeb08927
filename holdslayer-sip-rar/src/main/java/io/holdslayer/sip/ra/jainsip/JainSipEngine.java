package io.holdslayer.sip.ra.jainsip;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import io.holdslayer.sip.ra.SipSettings;

import javax.sip.ListeningPoint;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One running JAIN-SIP RI stack: its listening points (one per transport), its single provider and the
 * message factories. Created by the adapter's {@code start()} and torn down by {@code stop()}, which closes
 * every socket and stops every stack thread, so the EAR redeploys onto the same ports.
 */
public final class JainSipEngine {

    private static final Logger LOG = Logger.getLogger(JainSipEngine.class.getName());

    private final SipSettings settings;
    private final SipStackImpl stack;
    private final SipProvider provider;
    private final Map<String, ListeningPoint> listeningPoints = new LinkedHashMap<>();
    private final MessageFactory messageFactory = new MessageFactoryImpl();
    private final HeaderFactory headerFactory = new HeaderFactoryImpl();
    private final AddressFactory addressFactory = new AddressFactoryImpl();

    private final SipListener listener;

    private JainSipEngine(SipSettings settings, SipListener listener) throws Exception {
        this.settings = settings;
        this.listener = listener;
        // the RI directly, not SipFactory: its singleton caches stacks by name across redeployments
        this.stack = new SipStackImpl(StackProperties.of(settings));
        try {
            SipProvider created = null;
            for (String transport : settings.transports()) {
                ListeningPoint point = stack.createListeningPoint(settings.bindAddress(), settings.portOf(transport),
                        transport);
                listeningPoints.put(transport, point);
                if (created == null) {
                    created = stack.createSipProvider(point);
                } else {
                    created.addListeningPoint(point);
                }
            }
            this.provider = created;
            provider.addSipListener(listener);
            stack.start();
        } catch (Exception | Error e) {
            stack.stop();
            throw e;
        }
    }

    /** @throws Exception when a port is taken or the TLS keystore cannot be used */
    public static JainSipEngine start(SipSettings settings, SipListener listener) throws Exception {
        return new JainSipEngine(settings, listener);
    }

    public void stop() {
        try {
            provider.removeSipListener(listener);
            stack.deleteSipProvider(provider);
        } catch (Exception e) {
            LOG.warning("while removing the SIP provider: " + e);
        }
        for (ListeningPoint point : listeningPoints.values()) {
            try {
                stack.deleteListeningPoint(point);
            } catch (Exception e) {
                LOG.warning("while closing " + point.getTransport() + " listening point: " + e);
            }
        }
        stack.stop();
    }

    /** Milliseconds the oldest message has waited in the UDP queue (0 without UDP). */
    public java.util.function.LongSupplier udpQueueDelay() {
        ListeningPoint udp = listeningPoints.get("udp");
        return udp == null ? () -> 0 : UdpQueueDelay.of(udp);
    }

    public SipSettings settings() {
        return settings;
    }

    public SipProvider provider() {
        return provider;
    }

    public ListeningPoint listeningPoint(String transport) {
        return listeningPoints.get(transport == null ? null : transport.toLowerCase(java.util.Locale.ROOT));
    }

    public MessageFactory messageFactory() {
        return messageFactory;
    }

    public HeaderFactory headerFactory() {
        return headerFactory;
    }

    public AddressFactory addressFactory() {
        return addressFactory;
    }
}
