package io.holdslayer.sip.app.registrar;

import io.holdslayer.sip.app.config.SipAppSettings;
import io.holdslayer.sip.app.servlet.SipSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sip.RequestEvent;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.util.List;
import java.util.ListIterator;

/**
 * The registrar for the user's devices (RFC 3261 §10.3): authenticates with a 401 digest challenge, binds,
 * refreshes and removes contacts ({@code Expires: 0}, {@code Contact: *}) and answers with the current
 * bindings. The registered user name (To) must be the authenticated one.
 */
@ApplicationScoped
public class Registrar {

    static final int MIN_EXPIRES = 60;

    @Inject
    DeviceAuthenticator authenticator;

    @Inject
    LocationService location;

    @Inject
    SipAppSettings settings;

    @Inject
    SipSender sender;

    public void register(RequestEvent event) {
        Request request = event.getRequest();
        String user = authenticator.authenticate(event).orElse(null);
        if (user == null) {
            return;
        }
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        if (!(to.getAddress().getURI() instanceof SipURI toUri) || !user.equals(toUri.getUser())) {
            sender.respond(event, sender.response(request, Response.FORBIDDEN));
            return;
        }
        ExpiresHeader expiresHeader = request.getExpires();
        int defaultExpires = expiresHeader == null ? 3600 : expiresHeader.getExpires();
        String source = DeviceAuthenticator.source(request);
        ListIterator<?> contacts = request.getHeaders(ContactHeader.NAME);
        boolean any = false;
        while (contacts.hasNext()) {
            ContactHeader contact = (ContactHeader) contacts.next();
            any = true;
            int expires = contact.getExpires() >= 0 ? contact.getExpires() : defaultExpires;
            if (contact.isWildCard()) {
                if (expires != 0) {
                    sender.respond(event, sender.response(request, Response.BAD_REQUEST));
                    return;
                }
                location.unbindAll(user);
                continue;
            }
            if (expires > 0 && expires < MIN_EXPIRES) {
                Response tooBrief = sender.response(request, Response.INTERVAL_TOO_BRIEF);
                try {
                    tooBrief.addHeader(sender.headers().createMinExpiresHeader(MIN_EXPIRES));
                } catch (javax.sip.InvalidArgumentException e) {
                    throw new IllegalStateException(e);
                }
                sender.respond(event, tooBrief);
                return;
            }
            location.bind(user, contact.getAddress().getURI().toString(),
                    Math.min(expires, settings.registerMaxExpiry()), source);
        }
        sender.respond(event, okWithBindings(request, user, any));
    }

    private Response okWithBindings(Request request, String user, boolean changed) {
        Response ok = sender.response(request, Response.OK);
        List<ContactBindings.Binding> bindings = location.contacts(user);
        long now = System.currentTimeMillis();
        for (ContactBindings.Binding binding : bindings) {
            try {
                ContactHeader contact = sender.headers().createContactHeader(
                        sender.addresses().createAddress(binding.contactUri()));
                contact.setExpires((int) Math.max(1, (binding.expires().toEpochMilli() - now) / 1000));
                ok.addHeader(contact);
            } catch (Exception e) {
                // a contact we accepted always parses again
            }
        }
        return ok;
    }
}
