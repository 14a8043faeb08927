package io.holdslayer.sip.app.auth;

import javax.sip.header.AuthorizationHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.WWWAuthenticateHeader;
import java.text.ParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The client side of digest: answers a {@code 401} ({@code WWW-Authenticate}) or {@code 407}
 * ({@code Proxy-Authenticate}) challenge with the matching credentials header.
 */
public final class DigestChallenge {

    private DigestChallenge() {
    }

    /**
     * @param challenge the challenge header of the response
     * @param proxy     whether it came in a 407 (answer with Proxy-Authorization)
     */
    public static AuthorizationHeader answer(HeaderFactory headers, WWWAuthenticateHeader challenge, boolean proxy,
                                             String username, String password, String method, String uri)
            throws ParseException {
        String realm = challenge.getRealm();
        String nonce = challenge.getNonce();
        String qop = chooseQop(challenge.getQop());
        AuthorizationHeader header = proxy ? headers.createProxyAuthorizationHeader("Digest")
                : headers.createAuthorizationHeader("Digest");
        header.setUsername(username);
        header.setRealm(realm);
        header.setNonce(nonce);
        header.setParameter("uri", uri);
        header.setAlgorithm("MD5");
        if (challenge.getOpaque() != null) {
            header.setOpaque(challenge.getOpaque());
        }
        String nc = "00000001";
        String cnonce = Long.toHexString(ThreadLocalRandom.current().nextLong());
        if (qop != null) {
            header.setQop(qop);
            header.setCNonce(cnonce);
            header.setNonceCount(1);
        }
        header.setResponse(Digest.response(Digest.ha1(username, realm, password), nonce, method, uri, qop, nc, cnonce));
        return header;
    }

    static String chooseQop(String offered) {
        if (offered == null || offered.isBlank()) {
            return null;
        }
        for (String option : offered.split(",")) {
            if (option.trim().equalsIgnoreCase("auth")) {
                return "auth";
            }
        }
        return null;
    }

    /** Whether a challenge status asks for Proxy-Authorization (407) rather than Authorization (401). */
    public static boolean isProxy(int status) {
        return status == 407;
    }
}
