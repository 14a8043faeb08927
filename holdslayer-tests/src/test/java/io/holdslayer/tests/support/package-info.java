/**
 * Test support: a real gateway started with {@code ./holdslayer run} as a separate process (its own data
 * directory and ports), and small HTTP and JSON helpers for talking to it as any client would; the peers it
 * meets, among them {@link io.holdslayer.tests.support.OpenAiStandIn}, a real HTTP server playing the AI services.
 */
package io.holdslayer.tests.support;
