package io.holdslayer.sip.app;

import gov.nist.javax.sip.message.SIPMessage;
import io.holdslayer.api.call.CallControlException;
import io.holdslayer.sip.app.b2bua.B2bua;
import io.holdslayer.sip.app.b2bua.InDialog;
import io.holdslayer.sip.app.b2bua.IncomingCalls;
import io.holdslayer.sip.app.b2bua.Leg;
import io.holdslayer.sip.app.calls.DialPolicy;
import io.holdslayer.sip.app.config.SipAppSettings;
import io.holdslayer.sip.app.registrar.DeviceAuthenticator;
import io.holdslayer.sip.app.registrar.Registrar;
import io.holdslayer.sip.app.servlet.ResponseHandler;
import io.holdslayer.sip.app.servlet.SipSender;
import io.holdslayer.sip.app.servlet.SipServlet;
import io.holdslayer.sip.app.trunk.Trunk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sip.ClientTransaction;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The gateway's SIP application, routed like a SIP Servlet. Out of dialog: REGISTER goes to the registrar;
 * an INVITE from the trunk's addresses is an incoming call (it rings {@code holdslayer.sip.inbound-device}, or
 * is answered 480 when none is configured), an INVITE from anywhere else must authenticate
 * as one of the user's devices (407) and is bridged to the trunk; OPTIONS is answered. In dialog (or CANCEL),
 * the SIP Call-ID finds the leg; unknown dialogs get 481. Responses go to the handler their client
 * transaction carries.
 */
@ApplicationScoped
public class GatewaySipApplication extends SipServlet {

    @Inject
    Registrar registrar;

    @Inject
    DeviceAuthenticator authenticator;

    @Inject
    B2bua b2bua;

    @Inject
    InDialog inDialog;

    @Inject
    IncomingCalls incoming;

    @Inject
    Trunk trunk;

    @Inject
    SipAppSettings settings;

    protected GatewaySipApplication() {
        super(null);
    }

    @Inject
    public GatewaySipApplication(SipSender sender) {
        super(sender);
    }

    @Override
    protected void doRegister(RequestEvent event) {
        registrar.register(event);
    }

    @Override
    protected void doInvite(RequestEvent event) {
        Request request = event.getRequest();
        if (hasToTag(request)) {
            inDialog(event, inDialog::reInvite);
            return;
        }
        SIPMessage message = (SIPMessage) request;
        String sourceIp = message.getRemoteAddress() == null ? "" : message.getRemoteAddress().getHostAddress();
        if (trunk.isSource(sourceIp, message.getRemotePort())) {
            Optional<String> inboundDevice = settings.inboundDevice();
            if (inboundDevice.isPresent()) {
                incoming.fromTrunk(event, inboundDevice.get());
            } else {
                sender.respond(event, Response.TEMPORARILY_UNAVAILABLE);
            }
            return;
        }
        Optional<String> device = authenticator.authenticate(event);
        if (device.isEmpty()) {
            return;
        }
        String dialled = request.getRequestURI() instanceof SipURI uri ? uri.getUser() : null;
        try {
            String number = new DialPolicy(trunk.settings().allowedNumbers(), settings.dialDeny()).check(dialled);
            if (!trunk.configured()) {
                sender.respond(event, Response.SERVICE_UNAVAILABLE);
                return;
            }
            b2bua.fromDevice(event, device.get(), number);
        } catch (CallControlException e) {
            sender.respond(event, e.reason() == CallControlException.Reason.INVALID ? Response.ADDRESS_INCOMPLETE
                    : Response.FORBIDDEN);
        }
    }

    @Override
    protected void doAck(RequestEvent event) {
        inDialog.legOf(event.getRequest()).ifPresent(leg -> inDialog.ack(event, leg));
    }

    @Override
    protected void doBye(RequestEvent event) {
        inDialog(event, inDialog::bye);
    }

    @Override
    protected void doCancel(RequestEvent event) {
        inDialog(event, inDialog::cancel);
    }

    @Override
    protected void doInfo(RequestEvent event) {
        inDialog(event, inDialog::info);
    }

    @Override
    protected void doUpdate(RequestEvent event) {
        inDialog(event, inDialog::update);
    }

    @Override
    protected void doOptions(RequestEvent event) {
        Response ok = sender.response(event.getRequest(), Response.OK);
        try {
            for (String method : new String[]{"INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "INFO", "UPDATE", "REGISTER"}) {
                ok.addHeader(sender.headers().createAllowHeader(method));
            }
            ok.addHeader(sender.headers().createAcceptHeader("application", "sdp"));
            ok.addHeader(sender.headers().createSupportedHeader("timer"));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
        sender.respond(event, ok);
    }

    /** Answers 500 after an unexpected failure, unless the request was ACK or already answered. */
    public void answerFailure(RequestEvent event) {
        if (!Request.ACK.equals(event.getRequest().getMethod())) {
            sender.respond(event, Response.SERVER_INTERNAL_ERROR);
        }
    }

    private void inDialog(RequestEvent event, BiConsumer<RequestEvent, Leg> handler) {
        Optional<Leg> leg = inDialog.legOf(event.getRequest());
        if (leg.isPresent()) {
            handler.accept(event, leg.get());
        } else {
            sender.respond(event, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
        }
    }

    private static boolean hasToTag(Request request) {
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        return to != null && to.getTag() != null;
    }

    @Override
    protected void doProvisionalResponse(ResponseEvent event) {
        route(event);
    }

    @Override
    protected void doSuccessResponse(ResponseEvent event) {
        if (!route(event) && event.getDialog() != null) {
            CSeqHeader cseq = (CSeqHeader) event.getResponse().getHeader(CSeqHeader.NAME);
            if (Request.INVITE.equals(cseq.getMethod())) {
                // a 2xx retransmitted after its transaction ended: ACK it again
                sender.sendAck(event.getDialog(), cseq.getSeqNumber(), null, null);
            }
        }
    }

    @Override
    protected void doErrorResponse(ResponseEvent event) {
        route(event);
    }

    @Override
    protected void doTimeout(TimeoutEvent event) {
        ClientTransaction transaction = event.getClientTransaction();
        if (transaction != null && transaction.getApplicationData() instanceof ResponseHandler handler) {
            handler.onTimeout();
        }
    }

    private static boolean route(ResponseEvent event) {
        ClientTransaction transaction = event.getClientTransaction();
        if (transaction != null && transaction.getApplicationData() instanceof ResponseHandler handler) {
            handler.onResponse(event);
            return true;
        }
        return false;
    }
}
