/**
 * Contract of the SIP connector ({@code holdslayer-sip-rar}): the outbound connection factory the SIP
 * application sends through, and the JNDI name it is bound to.
 */
package io.holdslayer.api.sip;
