/**
 * The hold slayer: the per-call state machine that gets through a company's menu (following a learned call
 * flow or exploring with an LLM), waits on hold while the audio intelligence listens, and hands a live person
 * to the user's phone. It decides; {@link io.holdslayer.application.holdslayer.HoldSlayerPorts} acts.
 */
package io.holdslayer.application.holdslayer;
