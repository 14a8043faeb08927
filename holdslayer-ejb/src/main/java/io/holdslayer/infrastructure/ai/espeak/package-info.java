/**
 * Prompts spoken by espeak-ng at build time ({@code build/synthesize-prompt.sh}) and bundled as class-path
 * resources, for when no text-to-speech service is configured. No audio is committed to the repository.
 */
package io.holdslayer.infrastructure.ai.espeak;
