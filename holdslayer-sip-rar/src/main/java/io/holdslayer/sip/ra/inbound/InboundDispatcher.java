package io.holdslayer.sip.ra.inbound;

import io.holdslayer.api.sip.SipMessageListener;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionState;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The stack's listener: hands each request, response and timeout to an activated message endpoint, on the
 * stack's own thread. A request nobody subscribes to is answered {@code 503}; a request whose bean throws is
 * answered {@code 500} if it is still unanswered, with one log line and no trace sent to the peer.
 */
public final class InboundDispatcher implements SipListener {

    private static final Logger LOG = Logger.getLogger(InboundDispatcher.class.getName());

    private record Activation(MessageEndpointFactory factory, SipActivationSpec spec) {
    }

    private final List<Activation> activations = new CopyOnWriteArrayList<>();
    private volatile SipProvider provider;
    private volatile MessageFactory messageFactory;

    public void attach(SipProvider provider, MessageFactory messageFactory) {
        this.provider = provider;
        this.messageFactory = messageFactory;
    }

    public void activate(MessageEndpointFactory factory, SipActivationSpec spec) {
        activations.add(new Activation(factory, spec));
    }

    public void deactivate(MessageEndpointFactory factory) {
        activations.removeIf(a -> a.factory().equals(factory));
    }

    public int activationCount() {
        return activations.size();
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        String method = request.getMethod();
        MessageEndpointFactory factory = endpointFor(method);
        if (factory == null) {
            if (!Request.ACK.equals(method)) {
                answer(event, Response.SERVICE_UNAVAILABLE);
            }
            return;
        }
        boolean delivered = deliver(factory, listener -> listener.onRequest(event), method);
        if (!delivered && !Request.ACK.equals(method)) {
            answer(event, Response.SERVER_INTERNAL_ERROR);
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        MessageEndpointFactory factory = endpointFor(Request.INVITE);
        if (factory != null) {
            deliver(factory, listener -> listener.onResponse(event), "response");
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        MessageEndpointFactory factory = endpointFor(Request.INVITE);
        if (factory != null) {
            deliver(factory, listener -> listener.onTimeout(event), "timeout");
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.fine(() -> "SIP I/O error towards " + event.getHost() + ":" + event.getPort() + "/" + event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
    }

    private MessageEndpointFactory endpointFor(String method) {
        for (Activation activation : activations) {
            if (activation.spec().handles(method)) {
                return activation.factory();
            }
        }
        return null;
    }

    private static boolean deliver(MessageEndpointFactory factory, Consumer<SipMessageListener> call, String what) {
        MessageEndpoint endpoint = null;
        try {
            endpoint = factory.createEndpoint(null);
            call.accept((SipMessageListener) endpoint);
            return true;
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "SIP application failed on " + what + ": " + e, LOG.isLoggable(Level.FINE) ? e : null);
            return false;
        } finally {
            if (endpoint != null) {
                endpoint.release();
            }
        }
    }

    /** Answers statelessly unless the application already created a transaction that answered. */
    private void answer(RequestEvent event, int status) {
        try {
            ServerTransaction transaction = event.getServerTransaction();
            if (transaction != null && transaction.getState() != TransactionState.TRYING
                    && transaction.getState() != TransactionState.PROCEEDING) {
                return;
            }
            Response response = messageFactory.createResponse(status, event.getRequest());
            if (transaction != null) {
                transaction.sendResponse(response);
            } else {
                provider.sendResponse(response);
            }
        } catch (Exception e) {
            LOG.fine(() -> "could not answer " + status + ": " + e);
        }
    }
}
