package io.holdslayer.sip.ra.jainsip;

import io.holdslayer.api.sip.jul.JulServerLogger;
import io.holdslayer.api.sip.jul.JulStackLogger;
import io.holdslayer.sip.ra.SipSettings;
import io.holdslayer.sip.ra.TlsKeystore;

import java.util.Properties;

/** The JAIN-SIP RI configuration the connector runs with. */
final class StackProperties {

    /** Modern suites only: forward secrecy and AEAD (the stack's defaults are obsolete). */
    static final String CIPHER_SUITES = String.join(" ",
            "TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");

    static final String PROTOCOLS = "TLSv1.2, TLSv1.3";

    private StackProperties() {
    }

    static Properties of(SipSettings settings) {
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", "holdslayer-" + settings.port());
        // the application is a B2BUA: it creates dialogs itself and sees every request
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        p.setProperty("gov.nist.javax.sip.IS_BACK_TO_BACK_USER_AGENT", "true");
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", String.valueOf(settings.threads()));
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", JulStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", JulServerLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
        p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
        p.setProperty("gov.nist.javax.sip.REJECT_STRAY_RESPONSES", "true");
        p.setProperty("gov.nist.javax.sip.DELIVER_TERMINATED_EVENT_FOR_ACK", "false");
        p.setProperty("gov.nist.javax.sip.AGGRESSIVE_CLEANUP", "true");
        p.setProperty("gov.nist.javax.sip.RELEASE_REFERENCES_STRATEGY", "Normal");
        p.setProperty("gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS", "20000");
        p.setProperty("gov.nist.javax.sip.MAX_CLIENT_TRANSACTIONS", "20000");
        p.setProperty("gov.nist.javax.sip.READ_TIMEOUT", "5000");
        TlsKeystore tls = settings.tls();
        if (tls != null) {
            p.setProperty("javax.net.ssl.keyStore", tls.path().toString());
            p.setProperty("javax.net.ssl.keyStorePassword", tls.password());
            p.setProperty("javax.net.ssl.keyStoreType", tls.type());
            p.setProperty("javax.net.ssl.trustStore", tls.path().toString());
            p.setProperty("javax.net.ssl.trustStorePassword", tls.password());
            p.setProperty("javax.net.ssl.trustStoreType", tls.type());
            p.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", "Disabled");
            p.setProperty("gov.nist.javax.sip.TLS_SECURITY_POLICY", "gov.nist.javax.sip.stack.DefaultTlsSecurityPolicy");
            p.setProperty("gov.nist.javax.sip.ENABLED_CIPHER_SUITES", CIPHER_SUITES);
            p.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", PROTOCOLS);
            p.setProperty("gov.nist.javax.sip.SSL_HANDSHAKE_TIMEOUT", "5000");
        }
        return p;
    }
}
