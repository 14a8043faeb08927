package io.holdslayer.api.sip;

import io.holdslayer.api.connector.ConnectorStatus;

/** A handle on the SIP connector; close it when done. */
public interface SipConnection extends AutoCloseable {

    ConnectorStatus status();

    @Override
    void close();
}
