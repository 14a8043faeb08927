/**
 * Health of the gateway's parts (database, JMS, SIP connector, media connector), each checked by its own
 * {@link io.holdslayer.application.health.ComponentCheck} and summed up by
 * {@link io.holdslayer.application.health.GatewayHealth}.
 */
package io.holdslayer.application.health;
