/**
 * The MCP server at {@code /mcp} (streamable HTTP) and {@code /mcp/sse} with {@code /mcp/message} (the older SSE
 * transport), built on the official MCP Java SDK: tools through which AI assistants place and steer calls and
 * read the gateway's state. Behind the same bearer token as the REST API.
 */
package io.holdslayer.web.mcp;
