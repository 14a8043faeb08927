package io.holdslayer.api.call;

import java.util.List;

/**
 * Places and steers calls through the SIP plane: the local business interface of the SIP application, used
 * by the REST API and, later, by the call manager. Implemented by an enterprise bean in the SIP application.
 */
public interface CallControl {

    /** Name of the implementing bean; {@link #JNDI_NAME} follows from it. */
    String BEAN_NAME = "SipCallControl";

    /** Where the REST API finds the bean ({@code @EJB(lookup = CallControl.JNDI_NAME)}). */
    String JNDI_NAME = "java:app/holdslayer-sip-war/" + BEAN_NAME + "!io.holdslayer.api.call.CallControl";

    /**
     * Calls a number through the trunk; the device, if named, is rung once the company answers.
     *
     * @return the call's id
     * @throws CallControlException REFUSED when the number is not allowed, UNAVAILABLE without a trunk
     */
    default String place(String number, CallMode mode, String device) throws CallControlException {
        return place(java.util.UUID.randomUUID().toString(), number, mode, device);
    }

    /**
     * Calls a number through the trunk under an id chosen by the caller (the call manager registers the call
     * before its first event can arrive). In {@link CallMode#DIRECT} the device, if named, is rung once the
     * company answers; in the other modes the device is only rung by {@link #transfer}.
     *
     * @return the call's id
     * @throws CallControlException REFUSED when the number is not allowed, UNAVAILABLE without a trunk
     */
    String place(String callId, String number, CallMode mode, String device) throws CallControlException;

    /** Ends the call: CANCEL before the answer, BYE after, on every leg. */
    void hangUp(String callId) throws CallControlException;

    /** Ends the call like {@link #hangUp}, as a failure: {@code CALL_FAILED} carries the reason. */
    void fail(String callId, String reason) throws CallControlException;

    /** Sends digits to the company (RFC 4733 or SIP INFO, as the trunk is configured). */
    void sendDtmf(String callId, String digits) throws CallControlException;

    /** Rings the device and bridges it to the company when it answers; the company leg stays up meanwhile. */
    void transfer(String callId, String device) throws CallControlException;

    /** Plays a WAV file (any common rate and encoding) to the company, once, mixed with what it is bridged to. */
    void playToCompany(String callId, String wavFile) throws CallControlException;

    /** Stops what {@link #playToCompany} is playing; nothing happens if nothing plays. */
    void stopPlayingToCompany(String callId) throws CallControlException;

    /** What the call is doing now. */
    CallSnapshot snapshot(String callId) throws CallControlException;

    /** Every call that has not ended, oldest first. */
    List<CallSnapshot> activeCalls();

    /** The trunk's registration and health. */
    TrunkStatus trunkStatus();
}
