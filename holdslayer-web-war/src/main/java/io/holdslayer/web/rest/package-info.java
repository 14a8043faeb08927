/**
 * The REST API under {@code /api}: JSON in and out, errors as {@code application/problem+json} (RFC 9457).
 * Every resource needs the bearer token except {@code GET /api/health}.
 */
package io.holdslayer.web.rest;
