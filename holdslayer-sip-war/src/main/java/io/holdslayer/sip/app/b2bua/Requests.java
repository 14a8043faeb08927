package io.holdslayer.sip.app.b2bua;

import io.holdslayer.sip.app.config.SipAppSettings;
import io.holdslayer.sip.app.servlet.SipSender;
import io.holdslayer.sip.app.trunk.Trunk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds the B2BUA's requests and responses: INVITEs to the trunk and to device contacts, SDP bodies. */
@ApplicationScoped
public class Requests {

    static final java.util.List<String> ALLOW = java.util.List.of("INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "INFO",
            "UPDATE");

    @Inject
    SipSender sender;

    @Inject
    Trunk trunk;

    @Inject
    SipAppSettings settings;

    Request inviteToTrunk(String number, String sdp) throws Exception {
        SipURI target = trunk.uri(number);
        Address to = sender.addresses().createAddress(trunk.uri(number));
        Request invite = invite(target, trunk.ourAddress(), to, trunk.settings().transport(), sdp);
        invite.addHeader(sender.headers().createHeader("Session-Expires", String.valueOf(settings.sessionExpires())));
        return invite;
    }

    Request inviteToContact(String contactUri, String device, String callerNumber, String sdp) throws Exception {
        URI target = sender.addresses().createURI(contactUri);
        String transport = target instanceof SipURI sip && sip.getTransportParam() != null
                ? sip.getTransportParam().toLowerCase() : "udp";
        var point = sender.listeningPoint(transport);
        SipURI fromUri = sender.addresses().createSipURI(callerNumber, point.getIPAddress());
        Address from = sender.addresses().createAddress("Hold Slayer", fromUri);
        SipURI toUri = sender.addresses().createSipURI(device, point.getIPAddress());
        return invite(target, from, sender.addresses().createAddress(toUri), transport, sdp);
    }

    private Request invite(URI target, Address from, Address to, String transport, String sdp) throws Exception {
        var headers = sender.headers();
        var point = sender.listeningPoint(transport);
        ViaHeader via = headers.createViaHeader(point.getIPAddress(), point.getPort(), point.getTransport(), null);
        via.setRPort();
        Request invite = sender.messages().createRequest(target, Request.INVITE, sender.provider().getNewCallId(),
                headers.createCSeqHeader(1L, Request.INVITE), headers.createFromHeader(from, SipSender.newTag()),
                headers.createToHeader(to, null), List.of(via), headers.createMaxForwardsHeader(70));
        invite.addHeader(sender.contact("holdslayer", transport));
        addAllow(invite);
        invite.addHeader(headers.createSupportedHeader("timer"));
        setSdp(invite, sdp);
        return invite;
    }

    void addAllow(Message message) throws Exception {
        for (String method : ALLOW) {
            message.addHeader(sender.headers().createAllowHeader(method));
        }
    }

    void setSdp(Message message, String sdp) throws Exception {
        if (sdp != null) {
            ContentTypeHeader type = sender.headers().createContentTypeHeader("application", "sdp");
            message.setContent(sdp.getBytes(StandardCharsets.UTF_8), type);
        }
    }

    /** The message's SDP body as text, or {@code null}. */
    static String sdpOf(Message message) {
        ContentTypeHeader type = (ContentTypeHeader) message.getHeader(ContentTypeHeader.NAME);
        byte[] raw = message.getRawContent();
        if (raw == null || raw.length == 0 || type == null || !"sdp".equalsIgnoreCase(type.getContentSubType())) {
            return null;
        }
        return new String(raw, StandardCharsets.UTF_8);
    }

    static String bodyOf(Message message) {
        byte[] raw = message.getRawContent();
        return raw == null ? null : new String(raw, StandardCharsets.UTF_8);
    }

    static String contentType(Message message) {
        ContentTypeHeader type = (ContentTypeHeader) message.getHeader(ContentTypeHeader.NAME);
        return type == null ? "" : (type.getContentType() + "/" + type.getContentSubType()).toLowerCase();
    }

    /** A response of a UAS leg: its To tag, our Contact, the SDP if given. */
    Response uasResponse(UasLeg leg, int status, String sdp) throws Exception {
        Response response = sender.messages().createResponse(status, leg.inviteEvent.getRequest());
        ((javax.sip.header.ToHeader) response.getHeader("To")).setTag(leg.localTag);
        if (status < 300) {
            response.addHeader(sender.contact("holdslayer", transportOf(leg.inviteEvent.getRequest())));
        }
        setSdp(response, sdp);
        return response;
    }

    /** A 2xx or error to an in-dialog request, with Contact on 2xx to INVITE. */
    Response inDialogResponse(Request request, int status, String sdp) throws Exception {
        Response response = sender.messages().createResponse(status, request);
        if (status < 300 && Request.INVITE.equals(request.getMethod())) {
            response.addHeader(sender.contact("holdslayer", transportOf(request)));
        }
        setSdp(response, sdp);
        return response;
    }

    static String transportOf(Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        return via == null ? "udp" : via.getTransport().toLowerCase();
    }
}
