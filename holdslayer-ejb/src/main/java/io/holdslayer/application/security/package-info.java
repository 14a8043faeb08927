/**
 * The API token that guards REST, WebSocket and MCP: the operator's own ({@code HOLDSLAYER_API_TOKEN}) or one
 * generated at first start and kept in the data directory, readable by its owner only.
 */
package io.holdslayer.application.security;
