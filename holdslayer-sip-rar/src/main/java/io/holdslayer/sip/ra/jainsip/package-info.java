/**
 * The NIST JAIN-SIP reference implementation inside the adapter: stack properties (logging to the server's
 * log manager, modern TLS suites, B2BUA mode, listener thread pool) and the engine that owns the stack's
 * sockets and threads for the adapter's lifetime.
 */
package io.holdslayer.sip.ra.jainsip;
