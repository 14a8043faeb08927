/**
 * Contract of the SIP connector ({@code holdslayer-sip-rar}): the outbound connection factory and connection
 * the SIP application sends through (JAIN-SIP provider, factories, listening points), the message listener
 * message-driven beans implement to receive requests, responses and timeouts, and the JNDI name of the factory.
 */
package io.holdslayer.api.sip;
