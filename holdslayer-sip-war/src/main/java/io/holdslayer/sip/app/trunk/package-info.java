/**
 * The operator's SIP trunk: registration with digest (401 and 407) and refresh with back-off, OPTIONS
 * keepalive with round-trip time, the trusted source addresses, and the status the API reports.
 */
package io.holdslayer.sip.app.trunk;
