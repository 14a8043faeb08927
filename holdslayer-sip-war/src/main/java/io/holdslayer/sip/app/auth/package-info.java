/**
 * SIP digest authentication (MD5): the computation shared by both sides, stateless nonces for the registrar
 * and device INVITEs, and answering a trunk's 401/407 challenges.
 */
package io.holdslayer.sip.app.auth;
