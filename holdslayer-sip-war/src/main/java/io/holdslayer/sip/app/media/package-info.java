/** The media connector as the SIP application uses it: legs, SDP offer/answer as text, bridging, DTMF. */
package io.holdslayer.sip.app.media;
