package io.holdslayer.api.sip;

import jakarta.resource.ResourceException;

import java.io.Serializable;

/** Hands out connections to the SIP connector. */
public interface SipConnectionFactory extends Serializable, jakarta.resource.Referenceable {

    SipConnection getConnection() throws ResourceException;
}
