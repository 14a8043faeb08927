package io.holdslayer.web.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the JSON Schema of a tool's arguments: an object of named string or integer properties. */
final class ToolSchema {

    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final List<String> required = new java.util.ArrayList<>();

    static ToolSchema object() {
        return new ToolSchema();
    }

    ToolSchema required(String name, String type, String description) {
        required.add(name);
        return optional(name, type, description);
    }

    ToolSchema optional(String name, String type, String description) {
        properties.put(name, Map.of("type", type, "description", description));
        return this;
    }

    /** Keys such as {@code 1} arrive as numbers from clients that guess types from the text; both are taken. */
    ToolSchema requiredDigits(String name, String description) {
        required.add(name);
        properties.put(name, Map.of("type", List.of("string", "integer"), "description", description));
        return this;
    }

    Map<String, Object> build() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", List.copyOf(required));
        schema.put("additionalProperties", false);
        return schema;
    }
}
