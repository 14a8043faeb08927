package io.holdslayer.api.media;

/** Names by which the application finds the media connector. */
public final class MediaConnectorNames {

    /** JNDI name of {@link MediaConnectionFactory}; also written in the adapter's {@code ironjacamar.xml}. */
    public static final String CONNECTION_FACTORY = "java:/holdslayer/media/ConnectionFactory";

    private MediaConnectorNames() {
    }
}
