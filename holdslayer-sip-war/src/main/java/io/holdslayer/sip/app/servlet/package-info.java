/**
 * The SIP Servlet programming model ({@code doInvite}, {@code doBye}, {@code doSuccessResponse} …) over the
 * JAIN-SIP events the connector delivers, and the sender through which handlers answer and send.
 */
package io.holdslayer.sip.app.servlet;
