/**
 * Black-box tests of the SIP plane with real peers: SIPp as the company behind an IP-authenticated or
 * registering trunk and as the user's device, the gateway started by the launcher.
 */
package io.holdslayer.tests.sip;
