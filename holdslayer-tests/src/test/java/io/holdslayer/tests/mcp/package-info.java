/** The MCP server, driven by the official MCP Java SDK's own client over both transports. */
package io.holdslayer.tests.mcp;
