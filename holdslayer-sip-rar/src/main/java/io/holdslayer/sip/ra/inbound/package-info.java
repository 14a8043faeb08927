/**
 * Inbound side of the SIP connector: the activation spec message-driven beans configure, and the dispatcher
 * that delivers the stack's requests, responses and timeouts to them through
 * {@link io.holdslayer.api.sip.SipMessageListener}.
 */
package io.holdslayer.sip.ra.inbound;
