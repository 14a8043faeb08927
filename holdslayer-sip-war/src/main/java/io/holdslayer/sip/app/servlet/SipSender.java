package io.holdslayer.sip.app.servlet;

import io.holdslayer.api.sip.SipConnection;
import io.holdslayer.api.sip.SipConnectionFactory;
import io.holdslayer.api.sip.SipConnectorNames;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipProvider;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers and sends through the SIP connector. Failures to send are logged in one line and reported by the
 * return value: a peer that went away must not raise exceptions through the handlers.
 */
@ApplicationScoped
public class SipSender {

    private static final Logger LOG = Logger.getLogger(SipSender.class.getName());

    @Resource(lookup = SipConnectorNames.CONNECTION_FACTORY)
    private SipConnectionFactory connectionFactory;

    private volatile SipConnection connection;

    /** The connection's provider and factories stay valid while the adapter runs; one handle is kept. */
    public SipConnection sip() {
        SipConnection current = connection;
        if (current == null) {
            synchronized (this) {
                if (connection == null) {
                    try {
                        connection = connectionFactory.getConnection();
                    } catch (Exception e) {
                        throw new IllegalStateException("SIP connector unavailable: " + e, e);
                    }
                }
                current = connection;
            }
        }
        return current;
    }

    @jakarta.annotation.PreDestroy
    void release() {
        SipConnection current = connection;
        connection = null;
        if (current != null) {
            current.close();
        }
    }

    public SipProvider provider() {
        return sip().provider();
    }

    public MessageFactory messages() {
        return sip().messageFactory();
    }

    public HeaderFactory headers() {
        return sip().headerFactory();
    }

    public AddressFactory addresses() {
        return sip().addressFactory();
    }

    public ListeningPoint listeningPoint(String transport) {
        ListeningPoint point = sip().listeningPoint(transport);
        return point != null ? point : sip().listeningPoint("udp");
    }

    /** Our Contact for the given transport. */
    public ContactHeader contact(String user, String transport) {
        try {
            ListeningPoint point = listeningPoint(transport);
            SipURI uri = addresses().createSipURI(user, point.getIPAddress());
            uri.setPort(point.getPort());
            if (!"udp".equalsIgnoreCase(point.getTransport())) {
                uri.setTransportParam(point.getTransport().toLowerCase());
            }
            Address address = addresses().createAddress(uri);
            return headers().createContactHeader(address);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build our Contact: " + e, e);
        }
    }

    public static String newTag() {
        return Long.toHexString(UUID.randomUUID().getMostSignificantBits());
    }

    /** The request's server transaction, created if the stack did not. */
    public ServerTransaction serverTransaction(RequestEvent event) {
        ServerTransaction transaction = event.getServerTransaction();
        if (transaction != null) {
            return transaction;
        }
        try {
            return provider().getNewServerTransaction(event.getRequest());
        } catch (TransactionAlreadyExistsException retransmission) {
            return null;
        } catch (Exception e) {
            LOG.fine(() -> "no server transaction for " + event.getRequest().getMethod() + ": " + e);
            return null;
        }
    }

    public Response response(Request request, int status) {
        try {
            Response response = messages().createResponse(status, request);
            ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
            if (to != null && to.getTag() == null && status > 100) {
                to.setTag(newTag());
            }
            return response;
        } catch (Exception e) {
            throw new IllegalStateException("cannot build a " + status + " response: " + e, e);
        }
    }

    public boolean respond(RequestEvent event, int status) {
        return respond(event, response(event.getRequest(), status));
    }

    public boolean respond(RequestEvent event, Response response) {
        ServerTransaction transaction = serverTransaction(event);
        return respond(event, transaction, response);
    }

    public boolean respond(RequestEvent event, ServerTransaction transaction, Response response) {
        try {
            if (transaction != null) {
                transaction.sendResponse(response);
            } else {
                provider().sendResponse(response);
            }
            return true;
        } catch (Exception e) {
            log("response " + response.getStatusCode() + " to " + event.getRequest().getMethod(), e);
            return false;
        }
    }

    /** Sends a request outside any dialog; the handler receives its responses. */
    public ClientTransaction send(Request request, ResponseHandler handler) {
        try {
            ClientTransaction transaction = provider().getNewClientTransaction(request);
            transaction.setApplicationData(handler);
            transaction.sendRequest();
            return transaction;
        } catch (Exception e) {
            log(request.getMethod() + " to " + request.getRequestURI(), e);
            return null;
        }
    }

    /** Sends a request built by {@code dialog.createRequest}; the handler receives its responses. */
    public ClientTransaction sendInDialog(Dialog dialog, Request request, ResponseHandler handler) {
        try {
            ClientTransaction transaction = provider().getNewClientTransaction(request);
            transaction.setApplicationData(handler);
            dialog.sendRequest(transaction);
            return transaction;
        } catch (Exception e) {
            log(request.getMethod() + " in dialog " + dialog.getCallId().getCallId(), e);
            return null;
        }
    }

    public boolean sendAck(Dialog dialog, long cseq, Object content, String contentType) {
        try {
            Request ack = dialog.createAck(cseq);
            if (content != null) {
                String[] type = contentType.split("/", 2);
                ack.setContent(content, headers().createContentTypeHeader(type[0], type[1]));
            }
            dialog.sendAck(ack);
            return true;
        } catch (Exception e) {
            log("ACK in dialog " + dialog.getCallId().getCallId(), e);
            return false;
        }
    }

    private static void log(String what, Exception e) {
        LOG.log(Level.INFO, "could not send " + what + ": " + e, LOG.isLoggable(Level.FINE) ? e : null);
    }
}
