package io.holdslayer.web.mcp;

import io.holdslayer.api.call.CallSnapshot;
import io.holdslayer.api.call.TrunkStatus;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import java.util.LinkedHashMap;
import java.util.Map;

/** Tool answers: a sentence for the model to read, and the same facts as structured content. */
final class ToolResults {

    private ToolResults() {
    }

    static CallToolResult of(String text, Map<String, Object> structured) {
        return CallToolResult.builder().addTextContent(text).structuredContent(structured).isError(false).build();
    }

    static CallToolResult error(String text) {
        return CallToolResult.builder().addTextContent(text).isError(true).build();
    }

    static Map<String, Object> call(CallSnapshot call) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", call.id());
        map.put("number", call.number());
        map.put("status", call.status().name());
        map.put("started", call.started() == null ? null : call.started().toString());
        map.put("device", call.device());
        map.put("reason", call.reason());
        return map;
    }

    static Map<String, Object> trunk(TrunkStatus trunk) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("configured", trunk.configured());
        map.put("registers", trunk.registers());
        map.put("registered", trunk.registered());
        map.put("lastStatus", trunk.lastStatus());
        map.put("rttMillis", trunk.rttMillis());
        map.put("detail", trunk.detail());
        return map;
    }
}
