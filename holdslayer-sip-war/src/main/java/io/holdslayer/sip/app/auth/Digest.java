package io.holdslayer.sip.app.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** HTTP digest (RFC 2617 / RFC 3261 §22.4, MD5) as both a SIP client and a SIP server compute it. */
public final class Digest {

    private Digest() {
    }

    public static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java runtime", e);
        }
    }

    public static String ha1(String username, String realm, String password) {
        return md5(username + ":" + realm + ":" + password);
    }

    /**
     * The {@code response} value.
     *
     * @param qop {@code null}/empty for the RFC 2069 form, else {@code auth}
     */
    public static String response(String ha1, String nonce, String method, String uri, String qop, String nc,
                                  String cnonce) {
        String ha2 = md5(method + ":" + uri);
        if (qop == null || qop.isEmpty()) {
            return md5(ha1 + ":" + nonce + ":" + ha2);
        }
        return md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
    }

    /** Constant-time comparison of two hex digests. */
    public static boolean matches(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
