/**
 * Clients for OpenAI-compatible HTTP services (OpenAI, Ollama, vLLM, LM Studio, Speaches…): chat completions with
 * tools for the menu chooser, audio transcriptions, audio speech. JDK {@code java.net.http} and JSON-P, no vendor
 * SDK; one shared {@link io.holdslayer.infrastructure.ai.openai.OpenAiHttp} does the requests and the retries.
 */
package io.holdslayer.infrastructure.ai.openai;
