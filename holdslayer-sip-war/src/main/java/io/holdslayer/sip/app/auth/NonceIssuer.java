package io.holdslayer.sip.app.auth;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Stateless nonces: the issue time and an HMAC of it under a per-process secret, so a nonce proves we issued it
 * and when, without a table of outstanding nonces. Nonces older than the lifetime are stale.
 */
public final class NonceIssuer {

    private final byte[] secret = new byte[32];
    private final Clock clock;
    private final long lifetimeMillis;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public NonceIssuer(Clock clock, long lifetimeMillis) {
        new SecureRandom().nextBytes(secret);
        this.clock = clock;
        this.lifetimeMillis = lifetimeMillis;
    }

    public String issue() {
        String time = Long.toString(clock.millis(), 36);
        return time + "." + mac(time);
    }

    /** Whether the nonce is ours (in any case; compare {@link #fresh} for its age). */
    public boolean genuine(String nonce) {
        int dot = nonce == null ? -1 : nonce.indexOf('.');
        return dot > 0 && Digest.matches(mac(nonce.substring(0, dot)), nonce.substring(dot + 1));
    }

    public boolean fresh(String nonce) {
        try {
            long issued = Long.parseLong(nonce.substring(0, nonce.indexOf('.')), 36);
            long age = clock.millis() - issued;
            return age >= 0 && age <= lifetimeMillis;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String mac(String text) {
        return HexFormat.of().formatHex(macs.get().doFinal(text.getBytes(StandardCharsets.US_ASCII)), 0, 16);
    }

    /** One keyed Mac per thread: looking the algorithm up and keying it cost more than the HMAC itself. */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (Exception e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
