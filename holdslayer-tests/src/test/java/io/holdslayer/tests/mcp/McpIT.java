package io.holdslayer.tests.mcp;

import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.SharedGateway;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An AI assistant's view of the gateway: the MCP SDK's client over streamable HTTP and over SSE. */
@ExtendWith(SharedGateway.class)
class McpIT {

    private static final List<String> TOOLS = List.of("place_call", "get_call", "hang_up", "send_dtmf",
            "transfer_call", "trunk_status", "recent_events", "list_active_calls", "place_hold_slayer_call",
            "get_hold_slayer_call", "list_call_flows", "show_call_flow", "summarize_analytics");

    private static McpSyncClient client(McpClientTransport transport) {
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20))
                .initializationTimeout(Duration.ofSeconds(20)).build();
    }

    private static McpClientTransport streamable(Gateway gateway, String token) {
        return HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + gateway.httpPort())
                .endpoint("/mcp")
                .httpRequestCustomizer((request, method, uri, body, context) ->
                        request.header("Authorization", "Bearer " + token))
                .build();
    }

    private static String text(CallToolResult result) {
        return result.content().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void anAssistantFindsTheToolsAndGetsTheGatewaysOwnAnswers(Gateway gateway) {
        try (McpSyncClient client = client(streamable(gateway, gateway.token()))) {
            assertEquals("hold-slayer", client.initialize().serverInfo().name());
            List<String> names = client.listTools().tools().stream().map(Tool::name).toList();
            assertTrue(names.containsAll(TOOLS), names.toString());

            CallToolResult trunk = client.callTool(new CallToolRequest("trunk_status", Map.of()));
            assertFalse(trunk.isError(), text(trunk));
            assertTrue(trunk.structuredContent().toString().contains("configured"), trunk.toString());

            CallToolResult premium = client.callTool(new CallToolRequest("place_call", Map.of("number", "+19005550100")));
            assertTrue(premium.isError(), "a premium-rate number is refused: " + text(premium));
            assertTrue(text(premium).startsWith("REFUSED") || text(premium).startsWith("UNAVAILABLE"), text(premium));

            CallToolResult unknown = client.callTool(new CallToolRequest("get_call", Map.of("call_id", "no-such-call")));
            assertTrue(unknown.isError(), text(unknown));
            assertTrue(text(unknown).startsWith("NOT_FOUND"), text(unknown));

            CallToolResult explore = client.callTool(new CallToolRequest("place_hold_slayer_call",
                    Map.of("number", "+15550199", "intent", "billing", "device", "alice")));
            assertTrue(explore.isError(), text(explore));
            assertTrue(text(explore).startsWith("INVALID: no call flow is known for +15550199"), text(explore));

            CallToolResult flows = client.callTool(new CallToolRequest("list_call_flows", Map.of("number", "+15550199")));
            assertFalse(flows.isError(), text(flows));
            assertEquals("No call flows.", text(flows));
            CallToolResult missingFlow = client.callTool(new CallToolRequest("show_call_flow", Map.of("call_flow_id", 987654)));
            assertTrue(missingFlow.isError(), text(missingFlow));

            CallToolResult analytics = client.callTool(new CallToolRequest("summarize_analytics", Map.of("days", 7)));
            assertFalse(analytics.isError(), text(analytics));
            assertTrue(text(analytics).startsWith("Last 7 days: "), text(analytics));
            assertTrue(analytics.structuredContent().toString().contains("successRate"), analytics.toString());

            CallToolResult events = client.callTool(new CallToolRequest("recent_events",
                    Map.of("types", "GATEWAY_STARTED", "limit", 5)));
            assertFalse(events.isError(), text(events));
            assertTrue(text(events).contains("\"type\":\"GATEWAY_STARTED\""), text(events));
        }
    }

    @Test
    void theOlderSseTransportServesTheSameTools(Gateway gateway) {
        String token = gateway.token();
        McpClientTransport sse = HttpClientSseClientTransport.builder("http://127.0.0.1:" + gateway.httpPort())
                .sseEndpoint("/mcp/sse")
                .httpRequestCustomizer((request, method, uri, body, context) ->
                        request.header("Authorization", "Bearer " + token))
                .build();
        try (McpSyncClient client = client(sse)) {
            client.initialize();
            assertTrue(client.listTools().tools().stream().map(Tool::name).toList().containsAll(TOOLS));
        }
    }

    @Test
    void withoutTheOperatorsTokenNothingIsServed(Gateway gateway) {
        try (McpSyncClient client = client(streamable(gateway, "not-the-token"))) {
            assertThrows(RuntimeException.class, client::initialize);
        }
        assertEquals(401, gateway.get("/mcp", null).statusCode());
    }
}
