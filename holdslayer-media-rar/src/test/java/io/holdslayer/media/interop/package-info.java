/** The engine with real RTP peers (SIPp from Debian's sip-tester) as subprocesses, without the SIP plane. */
package io.holdslayer.media.interop;
