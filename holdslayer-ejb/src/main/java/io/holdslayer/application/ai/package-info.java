/** Ports to the AI services: menu choice with an LLM, speech-to-text, text-to-speech. */
package io.holdslayer.application.ai;
