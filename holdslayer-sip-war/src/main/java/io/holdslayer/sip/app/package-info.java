/**
 * The SIP application, written like SIP Servlets ({@code doInvite}, {@code doBye}, {@code doRegister} …) as
 * message-driven beans of the SIP connector: the B2BUA between the company leg and the user's device leg, the
 * registrar for the user's devices, and trunk registration. It is deployed in the EAR now, empty; its handlers
 * arrive with the SIP plane issue.
 */
package io.holdslayer.sip.app;
