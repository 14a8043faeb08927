/**
 * JAIN-SIP's logging routed to {@code java.util.logging}, hence to the server's log manager, so the stack
 * needs no log4j. These classes sit in the EAR's {@code lib/} next to the stack because the stack loads them
 * by name with its own class loader, which cannot see the resource adapter's classes.
 */
package io.holdslayer.api.sip.jul;
