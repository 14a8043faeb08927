/**
 * The SIP connector as a JCA resource adapter: since no SIP Servlet container exists for Jakarta EE 10, this
 * adapter is our container. It owns the JAIN-SIP stack, its sockets and threads ({@code jainsip}), delivers
 * requests, responses and timeouts to message-driven beans ({@code inbound}) and hands the application
 * connections to send through ({@code outbound}).
 */
package io.holdslayer.sip.ra;
