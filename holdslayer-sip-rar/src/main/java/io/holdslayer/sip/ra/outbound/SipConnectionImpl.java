package io.holdslayer.sip.ra.outbound;

import io.holdslayer.api.connector.ConnectorStatus;
import io.holdslayer.api.connector.jca.ConnectionHandle;
import io.holdslayer.api.sip.SipConnection;
import io.holdslayer.sip.ra.jainsip.JainSipEngine;

import javax.sip.ListeningPoint;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;

/** The application's handle on the SIP connector. */
class SipConnectionImpl extends ConnectionHandle implements SipConnection {

    SipConnectionImpl(SipManagedConnection managed) {
        super(managed);
    }

    private JainSipEngine engine() {
        return ((SipManagedConnection) owner()).engine();
    }

    @Override
    public ConnectorStatus status() {
        return ((SipManagedConnection) owner()).adapterStatus();
    }

    @Override
    public SipProvider provider() {
        return engine().provider();
    }

    @Override
    public ListeningPoint listeningPoint(String transport) {
        return engine().listeningPoint(transport);
    }

    @Override
    public MessageFactory messageFactory() {
        return engine().messageFactory();
    }

    @Override
    public HeaderFactory headerFactory() {
        return engine().headerFactory();
    }

    @Override
    public AddressFactory addressFactory() {
        return engine().addressFactory();
    }
}
