package io.holdslayer.sip.app.servlet;

import javax.sip.ResponseEvent;

/** Receives the responses of one client transaction (kept as the transaction's application data). */
public interface ResponseHandler {

    void onResponse(ResponseEvent event);

    /** No final response arrived in time. */
    default void onTimeout() {
    }
}
