/**
 * Authentication of API callers: a bearer token on every REST and WebSocket request except the health check.
 * A gateway that places phone calls is a toll-fraud target, so nothing is open by default.
 */
package io.holdslayer.web.security;
