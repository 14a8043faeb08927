package io.holdslayer.api.sip;

import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;

/**
 * The message listener of the SIP connector: message-driven beans implement it to receive what the stack
 * delivers. A request must be answered through {@link SipConnection}; an exception thrown here is answered
 * {@code 500} by the connector when the request is still unanswered.
 */
public interface SipMessageListener {

    void onRequest(RequestEvent event);

    void onResponse(ResponseEvent event);

    /** A client transaction got no final response in time (Timer B/F), or a server transaction no ACK. */
    void onTimeout(TimeoutEvent event);
}
