/**
 * Test support: a real gateway started with {@code ./holdslayer run} as a separate process (its own data
 * directory and ports), the peers it talks to (SIPp, baresip, the pjsua2 company simulator,
 * {@link io.holdslayer.tests.support.OpenAiStandIn}, a real HTTP server playing the AI services), and small HTTP
 * and JSON helpers for talking to it as any client would.
 */
package io.holdslayer.tests.support;
