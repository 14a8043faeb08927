package io.holdslayer.api.sip;

import io.holdslayer.api.connector.ConnectorStatus;

import javax.sip.ListeningPoint;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;

/**
 * A handle on the SIP connector; close it when done. The stack behind it is JAIN-SIP: the application sends
 * requests and responses, and works with transactions and dialogs, through the provider. The provider and
 * factories stay valid after the handle is closed, as long as the adapter runs.
 */
public interface SipConnection extends AutoCloseable {

    ConnectorStatus status();

    /** The one provider of the stack; it owns a listening point per transport. */
    SipProvider provider();

    /** The listening point for {@code udp}, {@code tcp} or {@code tls}, or {@code null} if not configured. */
    ListeningPoint listeningPoint(String transport);

    MessageFactory messageFactory();

    HeaderFactory headerFactory();

    AddressFactory addressFactory();

    @Override
    void close();
}
