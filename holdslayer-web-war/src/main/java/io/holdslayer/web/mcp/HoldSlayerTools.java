package io.holdslayer.web.mcp;

import static io.holdslayer.web.mcp.ToolSpecs.text;
import static io.holdslayer.web.mcp.ToolSpecs.tool;

import io.holdslayer.api.call.CallControlException;
import io.holdslayer.api.call.CallMode;
import io.holdslayer.application.analytics.AnalyticsSummary;
import io.holdslayer.application.analytics.CompanyStats;
import io.holdslayer.application.call.CallView;
import io.holdslayer.domain.model.flow.CallFlow;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import jakarta.json.Json;

import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hold slayer's tools: place a hold-slayer call (the gateway gets through the menu and waits on hold, then
 * rings the user), read a call as the call manager sees it (status, hold time, audio, transcript), list and show
 * the learned call flows, and summarise the analytics.
 */
final class HoldSlayerTools {

    private final CoreAccess core;

    HoldSlayerTools(CoreAccess core) {
        this.core = core;
    }

    List<SyncToolSpecification> all() {
        return List.of(
                tool("place_hold_slayer_call", "Call a company and let the gateway get through its phone menu and wait "
                        + "on hold; the user's phone rings when a person answers. Follows the number's learned call "
                        + "flow, or explores the menu with the LLM for the intent.", ToolSchema.object()
                        .required("number", "string", "E.164 number of the company, e.g. +15550100")
                        .required("intent", "string", "what the user wants, e.g. dispute a charge on my bill")
                        .optional("device", "string", "the user's device to ring (default: the configured one)")
                        .optional("call_flow_id", "integer", "a call flow to follow instead of the number's latest"),
                        this::placeHoldSlayer),
                tool("get_hold_slayer_call", "A call as the hold slayer sees it: status, phase, hold time, the current "
                        + "audio class and the latest transcript; also for calls that have ended.",
                        ToolSchema.object().required("call_id", "string", "the call's id"), this::getCall),
                tool("list_call_flows", "The phone trees learned per number, with how often they reached a person.",
                        ToolSchema.object().optional("number", "string", "only this number's flows"), this::listFlows),
                tool("show_call_flow", "One call flow's tree of menus: prompt, options (digits, label, outcome).",
                        ToolSchema.object().required("call_flow_id", "integer", "the flow's id"), this::showFlow),
                tool("summarize_analytics", "Calls, success rate, hold time and time to a person over the last days, "
                        + "overall and per company.", ToolSchema.object()
                        .optional("days", "integer", "how many days back, 1-365 (default 30)"), this::analytics));
    }

    private CallToolResult placeHoldSlayer(Map<String, Object> args) {
        return guarded(() -> {
            Object flow = args.get("call_flow_id");
            Object device = args.get("device");
            String id = core.place(text(args, "number"), CallMode.HOLD_SLAYER, text(args, "intent"),
                    device == null ? null : device.toString(), flow instanceof Number n ? n.longValue() : null);
            return describe(core.call(id).orElseThrow());
        });
    }

    private CallToolResult getCall(Map<String, Object> args) {
        return guarded(() -> core.call(text(args, "call_id")).map(HoldSlayerTools::describe)
                .orElseGet(() -> ToolResults.error("No call " + text(args, "call_id") + ".")));
    }

    private CallToolResult listFlows(Map<String, Object> args) {
        Object number = args.get("number");
        List<CallFlow> flows = core.flows(number == null ? null : number.toString());
        StringBuilder text = new StringBuilder(flows.isEmpty() ? "No call flows." : flows.size() + " call flow(s):");
        flows.forEach(f -> text.append("\n- ").append(f.id()).append(' ').append(f.name()).append(" (").append(f.number())
                .append("): ").append(f.successes()).append(" of ").append(f.calls()).append(" calls reached a person"));
        return ToolResults.of(text.toString(), Map.of("flows", flows.stream().map(HoldSlayerTools::summary).toList()));
    }

    private CallToolResult showFlow(Map<String, Object> args) {
        if (!(args.get("call_flow_id") instanceof Number id)) {
            return ToolResults.error("call_flow_id is required (an integer)");
        }
        return core.flow(id.longValue()).map(flow -> {
            Map<String, Object> structured = summary(flow);
            structured.put("root", Json.createReader(new StringReader(flow.definition())).readObject());
            return ToolResults.of(flow.name() + " (" + flow.number() + "): " + flow.definition(), structured);
        }).orElseGet(() -> ToolResults.error("No call flow " + id + "."));
    }

    private CallToolResult analytics(Map<String, Object> args) {
        int days = args.get("days") instanceof Number n ? n.intValue() : 30;
        if (days < 1 || days > 365) {
            return ToolResults.error("days must lie within 1-365, got " + days);
        }
        Instant to = Instant.now();
        Instant from = to.minus(Duration.ofDays(days));
        AnalyticsSummary summary = core.summary(from, to);
        List<CompanyStats> companies = core.companies(from, to);
        StringBuilder text = new StringBuilder("Last " + days + " days: " + summary.calls() + " calls, "
                + summary.bridged() + " reached a person (" + Math.round(summary.successRate() * 100) + " %)"
                + (summary.averageHoldSeconds() == null ? "" : ", average hold " + Math.round(summary.averageHoldSeconds()) + " s") + ".");
        companies.forEach(c -> text.append("\n- ").append(c.number()).append(": ").append(c.calls()).append(" calls, ")
                .append(Math.round(c.successRate() * 100)).append(" % reached a person")
                .append(c.averageHoldSeconds() == null ? "" : ", hold " + Math.round(c.averageHoldSeconds()) + " s"));
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("calls", summary.calls());
        structured.put("bridged", summary.bridged());
        structured.put("successRate", summary.successRate());
        structured.put("averageHoldSeconds", summary.averageHoldSeconds());
        structured.put("companies", companies.stream().map(c -> Map.of("number", c.number(), "calls", c.calls(),
                "successRate", c.successRate())).toList());
        return ToolResults.of(text.toString(), structured);
    }

    private static Map<String, Object> summary(CallFlow flow) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", flow.id());
        map.put("number", flow.number());
        map.put("name", flow.name());
        map.put("calls", flow.calls());
        map.put("successes", flow.successes());
        map.put("averageHoldSeconds", Math.round(flow.averageHoldSeconds()));
        return map;
    }

    private static CallToolResult describe(CallView call) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", call.id());
        map.put("number", call.number());
        map.put("mode", call.mode().name().toLowerCase(java.util.Locale.ROOT));
        map.put("status", call.status().name());
        map.put("phase", call.phase());
        map.put("intent", call.intent());
        map.put("device", call.device());
        map.put("audioClass", call.audioClass());
        map.put("reason", call.reason());
        map.put("transcript", call.transcript().stream().map(CallView.Line::text).toList());
        String last = call.transcript().isEmpty() ? "" : " Last heard: \"" + call.transcript().get(call.transcript().size() - 1).text() + "\".";
        return ToolResults.of("Call " + call.id() + " to " + call.number() + " is " + call.status()
                + (call.phase() == null ? "" : " (" + call.phase().toLowerCase(java.util.Locale.ROOT) + ")")
                + (call.reason() == null ? "" : ": " + call.reason()) + "." + last, map);
    }

    private interface Action {
        CallToolResult run() throws CallControlException;
    }

    private static CallToolResult guarded(Action action) {
        try {
            return action.run();
        } catch (CallControlException e) {
            return ToolResults.error(e.reason() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return ToolResults.error(e.getMessage());
        } catch (UndeclaredThrowableException e) {
            // the contextual proxy hands a checked exception back wrapped in its reflective call
            Throwable cause = e.getCause() instanceof InvocationTargetException target ? target.getCause() : e.getCause();
            if (cause instanceof CallControlException refused) {
                return ToolResults.error(refused.reason() + ": " + refused.getMessage());
            }
            throw e;
        }
    }


}
