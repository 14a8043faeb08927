/** The message-driven bean through which the SIP connector delivers requests, responses and timeouts. */
package io.holdslayer.sip.app.mdb;
