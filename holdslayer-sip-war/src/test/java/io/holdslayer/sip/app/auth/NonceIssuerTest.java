package io.holdslayer.sip.app.auth;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NonceIssuerTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T20:00:00Z"), ZoneOffset.UTC);

    @Test
    void aNonceIsGenuineOnEveryThreadAndATamperedOneIsNot() throws Exception {
        NonceIssuer issuer = new NonceIssuer(clock, 300_000);
        String nonce = issuer.issue();

        assertTrue(issuer.genuine(nonce));
        assertTrue(CompletableFuture.supplyAsync(() -> issuer.genuine(nonce)).get(), "checked on another thread");
        String tampered = nonce.substring(0, nonce.length() - 1) + (nonce.endsWith("0") ? "1" : "0");
        assertFalse(issuer.genuine(tampered));
        assertFalse(new NonceIssuer(clock, 300_000).genuine(nonce), "another process's secret");
    }

    @Test
    void aNonceGoesStaleAfterItsLifetime() {
        String nonce = new NonceIssuer(clock, 300_000).issue();
        NonceIssuer later = new NonceIssuer(Clock.offset(clock, java.time.Duration.ofMinutes(6)), 300_000);

        assertTrue(new NonceIssuer(clock, 300_000).fresh(nonce));
        assertFalse(later.fresh(nonce));
    }
}
