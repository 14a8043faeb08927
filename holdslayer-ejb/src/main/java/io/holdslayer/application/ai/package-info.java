/**
 * Ports to the AI services the gateway may use: a menu chooser that picks one IVR step at a time, speech to text
 * for the company's speech segments, and text to speech for what the gateway says. Each port tells whether it is
 * configured; without them, known call flows and the audio classifier still work.
 */
package io.holdslayer.application.ai;
