/**
 * The SIP connector as a JCA resource adapter: since no SIP Servlet container exists for Jakarta EE 10, this
 * adapter is our container. It will own the JAIN-SIP stack, its sockets and threads, and deliver requests and
 * responses to message-driven beans. This adapter validates its configuration, binds its connection
 * factory and reports its status; the stack arrives with the SIP issue.
 */
package io.holdslayer.sip.ra;
