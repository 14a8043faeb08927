package io.holdslayer.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Digest authentication of an INVITE (RFC 2617 / 3261 22.3, MD5, with or without qop=auth), as a trunk that
 * demands credentials: the first INVITE gets 407 with a challenge, the retried one must answer it.
 */
final class DigestChallenge {

    private static final Pattern PARAMETER = Pattern.compile("(\\w+)\\s*=\\s*(\"([^\"]*)\"|[^,\\s]+)");
    private final String realm = "company";
    private final String nonce = HexFormat.of().formatHex(SecureRandom.getSeed(12));

    String proxyAuthenticate() {
        return "Digest realm=\"" + realm + "\", nonce=\"" + nonce + "\", algorithm=MD5, qop=\"auth\"";
    }

    /** Whether the INVITE carries a Proxy-Authorization (or Authorization) that answers this challenge. */
    boolean admits(String invite, String user, String password) {
        String credentials = Sip.header(invite, "Proxy-Authorization", "proxy-authorization");
        if (credentials == null) {
            credentials = Sip.header(invite, "Authorization", "authorization");
        }
        if (credentials == null || !credentials.regionMatches(true, 0, "Digest", 0, 6)) {
            return false;
        }
        Map<String, String> p = new HashMap<>();
        Matcher matcher = PARAMETER.matcher(credentials.substring(6));
        while (matcher.find()) {
            p.put(matcher.group(1).toLowerCase(), matcher.group(3) != null ? matcher.group(3) : matcher.group(2));
        }
        if (!user.equals(p.get("username")) || !nonce.equals(p.get("nonce")) || p.get("uri") == null) {
            return false;
        }
        String ha1 = md5(user + ":" + realm + ":" + password);
        String ha2 = md5("INVITE:" + p.get("uri"));
        String expected = p.get("qop") == null ? md5(ha1 + ":" + nonce + ":" + ha2)
                : md5(ha1 + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce") + ":" + p.get("qop") + ":" + ha2);
        return expected.equalsIgnoreCase(p.getOrDefault("response", ""));
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
