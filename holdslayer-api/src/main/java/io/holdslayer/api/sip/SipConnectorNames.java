package io.holdslayer.api.sip;

/** Names by which the application finds the SIP connector. */
public final class SipConnectorNames {

    /** JNDI name of {@link SipConnectionFactory}; also written in the adapter's {@code ironjacamar.xml}. */
    public static final String CONNECTION_FACTORY = "java:/holdslayer/sip/ConnectionFactory";

    private SipConnectorNames() {
    }
}
