package io.holdslayer.sip.app.servlet;

import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * The SIP Servlet programming model over JAIN-SIP: {@link #service(RequestEvent)} calls {@code doInvite},
 * {@code doBye} … by method, {@link #service(ResponseEvent)} calls {@code doProvisionalResponse},
 * {@code doSuccessResponse} or {@code doErrorResponse} by status class. A method a subclass does not handle is
 * answered {@code 405 Method Not Allowed} (ACK is absorbed).
 */
public abstract class SipServlet {

    protected final SipSender sender;

    protected SipServlet(SipSender sender) {
        this.sender = sender;
    }

    public void service(RequestEvent event) {
        switch (event.getRequest().getMethod()) {
            case Request.INVITE -> doInvite(event);
            case Request.ACK -> doAck(event);
            case Request.BYE -> doBye(event);
            case Request.CANCEL -> doCancel(event);
            case Request.REGISTER -> doRegister(event);
            case Request.OPTIONS -> doOptions(event);
            case Request.INFO -> doInfo(event);
            case Request.UPDATE -> doUpdate(event);
            default -> doOther(event);
        }
    }

    public void service(ResponseEvent event) {
        int status = event.getResponse().getStatusCode();
        if (status < 200) {
            doProvisionalResponse(event);
        } else if (status < 300) {
            doSuccessResponse(event);
        } else {
            doErrorResponse(event);
        }
    }

    public void serviceTimeout(TimeoutEvent event) {
        doTimeout(event);
    }

    protected void doInvite(RequestEvent event) {
        notAllowed(event);
    }

    protected void doAck(RequestEvent event) {
    }

    protected void doBye(RequestEvent event) {
        notAllowed(event);
    }

    protected void doCancel(RequestEvent event) {
        notAllowed(event);
    }

    protected void doRegister(RequestEvent event) {
        notAllowed(event);
    }

    protected void doOptions(RequestEvent event) {
        sender.respond(event, Response.OK);
    }

    protected void doInfo(RequestEvent event) {
        notAllowed(event);
    }

    protected void doUpdate(RequestEvent event) {
        notAllowed(event);
    }

    protected void doOther(RequestEvent event) {
        notAllowed(event);
    }

    protected void doProvisionalResponse(ResponseEvent event) {
    }

    protected void doSuccessResponse(ResponseEvent event) {
    }

    protected void doErrorResponse(ResponseEvent event) {
    }

    protected void doTimeout(TimeoutEvent event) {
    }

    private void notAllowed(RequestEvent event) {
        sender.respond(event, Response.METHOD_NOT_ALLOWED);
    }
}
