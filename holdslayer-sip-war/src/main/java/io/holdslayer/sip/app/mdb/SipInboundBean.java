package io.holdslayer.sip.app.mdb;

import io.holdslayer.api.sip.SipMessageListener;
import io.holdslayer.sip.app.GatewaySipApplication;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.message.Request;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives every SIP message from the connector (bound to it in {@code WEB-INF/jboss-ejb3.xml}) and hands it
 * to the application. An unexpected failure is logged in one line (the trace at FINE) and the request answered
 * 500; no trace reaches the peer.
 */
@MessageDriven(name = "SipInboundBean", messageListenerInterface = SipMessageListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "methods", propertyValue = "*")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SipInboundBean implements SipMessageListener {

    private static final Logger LOG = Logger.getLogger(SipInboundBean.class.getName());

    @Inject
    GatewaySipApplication application;

    @Override
    public void onRequest(RequestEvent event) {
        Request request = event.getRequest();
        try {
            application.service(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SIP application failed on " + request.getMethod() + " " + request.getRequestURI()
                    + ": " + e, LOG.isLoggable(Level.FINE) ? e : null);
            application.answerFailure(event);
        }
    }

    @Override
    public void onResponse(ResponseEvent event) {
        try {
            application.service(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SIP application failed on response " + event.getResponse().getStatusCode()
                    + ": " + e, LOG.isLoggable(Level.FINE) ? e : null);
        }
    }

    @Override
    public void onTimeout(TimeoutEvent event) {
        try {
            application.serviceTimeout(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SIP application failed on timeout: " + e, LOG.isLoggable(Level.FINE) ? e : null);
        }
    }
}
