package io.holdslayer.web.mcp;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;

import java.util.Map;
import java.util.function.Function;

/** How the tools are declared and read their arguments. */
final class ToolSpecs {

    private ToolSpecs() {
    }

    static SyncToolSpecification tool(String name, String description, ToolSchema schema,
                                      Function<Map<String, Object>, CallToolResult> handler) {
        Tool tool = Tool.builder().name(name).description(description).inputSchema(schema.build()).build();
        return SyncToolSpecification.builder().tool(tool)
                .callHandler((exchange, request) -> handler.apply(
                        request.arguments() == null ? Map.of() : request.arguments()))
                .build();
    }

    /** A required argument as text; @throws IllegalArgumentException naming it when it is missing */
    static String text(Map<String, Object> args, String name) {
        Object value = args.get(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.toString();
    }
}
