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
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
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
 * answered {@code 500} if it is still unanswered, with one log line and no trace sent to the peer. A new INVITE
 * that arrives while the application is saturated ({@link OverloadGuard}) is answered {@code 503} with
 * {@code Retry-After}, statelessly, without reaching the application.
 */
public final class InboundDispatcher implements SipListener {

    private static final Logger LOG = Logger.getLogger(InboundDispatcher.class.getName());

    private record Activation(MessageEndpointFactory factory, SipActivationSpec spec) {
    }

    private final List<Activation> activations = new CopyOnWriteArrayList<>();
    private volatile OverloadGuard overload = new OverloadGuard();
    private volatile SipProvider provider;
    private volatile MessageFactory messageFactory;
    private volatile HeaderFactory headerFactory;

    /**
     * @param limit             application-busy listener threads from which new INVITEs get 503 (0: never)
     * @param retryAfterSeconds the {@code Retry-After} of those 503s
     * @param queueLimitMillis  longest wait of the oldest message in the stack's queue before new INVITEs get 503
     * @param queueDelayMillis  that wait, read from the stack
     */
    public void limitOverload(int limit, int retryAfterSeconds, long queueLimitMillis,
                              java.util.function.LongSupplier queueDelayMillis) {
        overload = limit <= 0 ? new OverloadGuard()
                : new OverloadGuard(limit, retryAfterSeconds, queueLimitMillis, queueDelayMillis);
    }

    public void attach(SipProvider provider, MessageFactory messageFactory, HeaderFactory headerFactory) {
        this.provider = provider;
        this.messageFactory = messageFactory;
        this.headerFactory = headerFactory;
    }

    /** New INVITEs answered 503 because of overload since the connector started. */
    public long overloadRefusals() {
        return overload.refusedCount();
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
        if (overload.refuses(request)) {
            answerOverloaded(event);
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

    private boolean deliver(MessageEndpointFactory factory, Consumer<SipMessageListener> call, String what) {
        MessageEndpoint endpoint = null;
        OverloadGuard guard = overload;
        guard.enter();
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
            guard.exit();
        }
    }

    /**
     * 503 with Retry-After, sent statelessly. Its To tag is derived from the request (Call-ID, From tag, branch)
     * so that a retransmitted INVITE gets the same answer.
     */
    private void answerOverloaded(RequestEvent event) {
        Request request = event.getRequest();
        try {
            Response response = messageFactory.createResponse(Response.SERVICE_UNAVAILABLE, request);
            ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
            if (to != null && to.getTag() == null) {
                to.setTag(Integer.toHexString(statelessTag(request)));
            }
            response.setHeader(headerFactory.createRetryAfterHeader(overload.retryAfterSeconds()));
            provider.sendResponse(response);
        } catch (Exception e) {
            LOG.fine(() -> "could not answer 503 (overload): " + e);
        }
    }

    private static int statelessTag(Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
        CallIdHeader callId = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
        return java.util.Objects.hash(callId == null ? null : callId.getCallId(),
                from == null ? null : from.getTag(), via == null ? null : via.getBranch()) & 0x7fffffff;
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
