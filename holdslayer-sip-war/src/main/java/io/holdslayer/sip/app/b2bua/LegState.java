package io.holdslayer.sip.app.b2bua;

/** Where one SIP leg is: {@code CALLING → EARLY → CONFIRMED → TERMINATED}, or straight to TERMINATED. */
public enum LegState {
    /** INVITE sent or received, no provisional response with a dialog yet. */
    CALLING,
    /** A provisional response (180/183) established an early dialog. */
    EARLY,
    /** 2xx sent or received: the dialog is confirmed. */
    CONFIRMED,
    /** Ended by BYE, CANCEL, an error response or a timeout. */
    TERMINATED
}
