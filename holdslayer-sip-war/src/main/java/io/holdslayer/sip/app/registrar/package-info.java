/**
 * The registrar for the user's devices: digest authentication against the device accounts (HA1 only), the
 * location service with expiring contacts and its events, and the per-source limit on failed attempts.
 */
package io.holdslayer.sip.app.registrar;
