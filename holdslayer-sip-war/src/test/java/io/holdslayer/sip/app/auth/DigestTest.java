package io.holdslayer.sip.app.auth;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigestTest {

    @Test
    void computesTheRfc2617ExampleResponse() {
        // RFC 2617 §3.5: Mufasa / Circle Of Life, qop=auth
        String ha1 = Digest.ha1("Mufasa", "testrealm@host.com", "Circle Of Life");
        assertEquals("6629fae49393a05397450978507c4ef1", Digest.response(ha1, "dcd98b7102dd2f0e8b11d0f600bfb0c093",
                "GET", "/dir/index.html", "auth", "00000001", "0a4f113b"));
    }

    @Test
    void withoutQopUsesTheShortForm() {
        String ha1 = Digest.ha1("alice", "holdslayer", "secret");
        assertEquals(Digest.md5(ha1 + ":n:" + Digest.md5("REGISTER:sip:gw")),
                Digest.response(ha1, "n", "REGISTER", "sip:gw", null, null, null));
    }

    @Test
    void matchingIgnoresCaseOfTheHexButNotItsValue() {
        assertTrue(Digest.matches("abcdef", "ABCDEF"));
        assertFalse(Digest.matches("abcdef", "abcdee"));
        assertFalse(Digest.matches("abcdef", null));
    }

    @Test
    void noncesAreOursAndAgeOut() {
        Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        NonceIssuer issuer = new NonceIssuer(clock, 60_000);
        String nonce = issuer.issue();
        assertTrue(issuer.genuine(nonce));
        assertTrue(issuer.fresh(nonce));
        char last = nonce.charAt(nonce.length() - 1);
        assertFalse(issuer.genuine(nonce.substring(0, nonce.length() - 1) + (last == '0' ? '1' : '0')));
        assertFalse(new NonceIssuer(clock, 60_000).genuine(nonce), "another process's secret");
        assertFalse(issuer.genuine("garbage"));
        now[0] = now[0].plusSeconds(61);
        assertTrue(issuer.genuine(nonce));
        assertFalse(issuer.fresh(nonce));
    }
}
