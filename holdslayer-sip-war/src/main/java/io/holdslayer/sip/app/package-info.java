/**
 * The SIP application: a back-to-back user agent between the operator's trunk (the company leg) and the user's
 * registered devices (the device leg), a registrar for those devices, and the trunk's registration and health.
 * {@link io.holdslayer.sip.app.GatewaySipApplication} routes each message the way a SIP Servlet would.
 */
package io.holdslayer.sip.app;
