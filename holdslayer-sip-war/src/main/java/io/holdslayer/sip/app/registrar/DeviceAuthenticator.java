package io.holdslayer.sip.app.registrar;

import io.holdslayer.sip.app.auth.Digest;
import io.holdslayer.sip.app.auth.NonceIssuer;
import io.holdslayer.sip.app.config.SipAppSettings;
import io.holdslayer.sip.app.servlet.SipSender;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sip.RequestEvent;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.ViaHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.time.Clock;
import java.util.Optional;

/**
 * Digest authentication of the user's devices: REGISTER is challenged with {@code 401}, INVITE with
 * {@code 407} (RFC 3261 §22). Failed credentials count against the source address; a source over the limit
 * is answered {@code 403} until its failures age out of the window.
 */
@ApplicationScoped
public class DeviceAuthenticator {

    @Inject
    DeviceAccounts accounts;

    @Inject
    SipAppSettings settings;

    @Inject
    SipSender sender;

    private NonceIssuer nonces;
    private RegisterRateLimiter limiter;

    @PostConstruct
    void init() {
        nonces = new NonceIssuer(Clock.systemUTC(), 300_000);
        limiter = new RegisterRateLimiter(Clock.systemUTC(), settings.registerFailureLimit());
    }

    /**
     * Authenticates the request, or answers it (challenge, 403) and returns empty.
     *
     * @return the authenticated device's user name
     */
    public Optional<String> authenticate(RequestEvent event) {
        Request request = event.getRequest();
        String source = source(request);
        if (limiter.blocked(source)) {
            sender.respond(event, sender.response(request, Response.FORBIDDEN));
            return Optional.empty();
        }
        boolean proxy = !Request.REGISTER.equals(request.getMethod());
        AuthorizationHeader credentials = (AuthorizationHeader) request.getHeader(
                proxy ? ProxyAuthorizationHeader.NAME : AuthorizationHeader.NAME);
        if (credentials == null) {
            challenge(event, proxy, false);
            return Optional.empty();
        }
        String user = credentials.getUsername();
        String nonce = credentials.getNonce();
        Optional<String> ha1 = user == null ? Optional.empty() : accounts.ha1(user);
        if (ha1.isEmpty() || nonce == null || !nonces.genuine(nonce) || !accounts.realm().equals(credentials.getRealm())) {
            limiter.failed(source);
            if (limiter.blocked(source)) {
                sender.respond(event, sender.response(request, Response.FORBIDDEN));
            } else {
                challenge(event, proxy, false);
            }
            return Optional.empty();
        }
        String uri = credentials.getParameter("uri");
        String qop = credentials.getQop();
        String expected = Digest.response(ha1.get(), nonce, request.getMethod(), uri, qop,
                credentials.getParameter("nc"), credentials.getCNonce());
        if (!Digest.matches(expected, credentials.getResponse())) {
            limiter.failed(source);
            sender.respond(event, sender.response(request, Response.FORBIDDEN));
            return Optional.empty();
        }
        if (!nonces.fresh(nonce)) {
            challenge(event, proxy, true);
            return Optional.empty();
        }
        limiter.succeeded(source);
        return Optional.of(user);
    }

    private void challenge(RequestEvent event, boolean proxy, boolean stale) {
        Response response = sender.response(event.getRequest(), proxy ? Response.PROXY_AUTHENTICATION_REQUIRED
                : Response.UNAUTHORIZED);
        try {
            WWWAuthenticateHeader header = proxy ? sender.headers().createProxyAuthenticateHeader("Digest")
                    : sender.headers().createWWWAuthenticateHeader("Digest");
            header.setRealm(accounts.realm());
            header.setNonce(nonces.issue());
            header.setAlgorithm("MD5");
            header.setQop("auth");
            if (stale) {
                header.setParameter("stale", "true");
            }
            response.addHeader(header);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
        sender.respond(event, response);
    }

    /** The address the request came from (received/rport as the stack stamped them on the top Via). */
    public static String source(Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        if (via == null) {
            return "unknown";
        }
        return via.getReceived() != null ? via.getReceived() : via.getHost();
    }
}
