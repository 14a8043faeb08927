package io.holdslayer.web.mcp;

import static io.holdslayer.web.mcp.ToolSpecs.text;
import static io.holdslayer.web.mcp.ToolSpecs.tool;

import io.holdslayer.api.call.CallControl;
import io.holdslayer.api.call.CallControlException;
import io.holdslayer.api.call.CallMode;
import io.holdslayer.api.call.CallSnapshot;
import io.holdslayer.web.events.EventFilter;
import io.holdslayer.web.events.RecentEvents;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tools an assistant may use: place a call, follow it, hang up, send digits, transfer it to the user's
 * phone, read the trunk's state and the recent events. Failures come back as tool errors with the gateway's
 * own explanation (for example the dial policy refusing a number), never as protocol errors.
 */
final class GatewayTools {

    private final CallControlAccess access;
    private final RecentEvents recent;

    GatewayTools(CallControlAccess access, RecentEvents recent) {
        this.access = access;
        this.recent = recent;
    }

    List<SyncToolSpecification> all() {
        return List.of(
                tool("place_call", "Place a call through the trunk. The number must be E.164 (+15551234567) and "
                        + "allowed by the gateway's dial policy. With a device, the user's phone rings once the "
                        + "company answers.", ToolSchema.object()
                        .required("number", "string", "E.164 number to call")
                        .optional("mode", "string", "direct (default), hold_slayer or ai_assisted")
                        .optional("device", "string", "the user's device to ring when the company answers"),
                        this::placeCall),
                tool("get_call", "What a call is doing now (status, device, reason it ended).",
                        ToolSchema.object().required("call_id", "string", "the call's id"),
                        args -> withCalls(calls -> describe(calls.snapshot(text(args, "call_id"))))),
                tool("list_active_calls", "Every call that has not ended, oldest first, with its status.",
                        ToolSchema.object(), args -> withCalls(this::listActive)),
                tool("hang_up", "End a call on every leg.",
                        ToolSchema.object().required("call_id", "string", "the call's id"),
                        args -> withCalls(calls -> {
                            calls.hangUp(text(args, "call_id"));
                            return ToolResults.of("Hung up.", Map.of("call_id", text(args, "call_id")));
                        })),
                tool("send_dtmf", "Press keys on a call (0-9, *, #, A-D), for example to choose a menu option.",
                        ToolSchema.object().required("call_id", "string", "the call's id")
                                .requiredDigits("digits", "the keys to press, e.g. 1 or 12#"),
                        args -> withCalls(calls -> {
                            calls.sendDtmf(text(args, "call_id"), text(args, "digits"));
                            return ToolResults.of("Sent " + text(args, "digits") + ".",
                                    Map.of("call_id", text(args, "call_id"), "digits", text(args, "digits")));
                        })),
                tool("transfer_call", "Ring the user's device and bridge it to the call when it answers.",
                        ToolSchema.object().required("call_id", "string", "the call's id")
                                .required("device", "string", "the user's device"),
                        args -> withCalls(calls -> {
                            calls.transfer(text(args, "call_id"), text(args, "device"));
                            return describe(calls.snapshot(text(args, "call_id")));
                        })),
                tool("trunk_status", "Whether the SIP trunk is configured, registered and answering.",
                        ToolSchema.object(),
                        args -> withCalls(calls -> ToolResults.of(calls.trunkStatus().detail(),
                                ToolResults.trunk(calls.trunkStatus())))),
                tool("recent_events", "The gateway's most recent events (calls, detection, devices, trunk) as JSON.",
                        ToolSchema.object()
                                .optional("types", "string", "comma-separated event types, e.g. HUMAN_DETECTED")
                                .optional("limit", "integer", "how many, 1-100 (default 20)"),
                        this::recentEvents));
    }

    private CallToolResult placeCall(Map<String, Object> args) {
        return withCalls(calls -> {
            String mode = args.get("mode") == null ? "direct" : String.valueOf(args.get("mode"));
            CallMode callMode;
            try {
                callMode = CallMode.valueOf(mode.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return ToolResults.error("mode must be direct, hold_slayer or ai_assisted, got '" + mode + "'");
            }
            Object device = args.get("device");
            String id = calls.place(text(args, "number"), callMode, device == null ? null : device.toString());
            return describe(calls.snapshot(id));
        });
    }

    private CallToolResult listActive(CallControl calls) {
        List<CallSnapshot> active = calls.activeCalls();
        StringBuilder text = new StringBuilder(active.isEmpty() ? "No active calls."
                : active.size() + (active.size() == 1 ? " active call:" : " active calls:"));
        active.forEach(call -> text.append("\n- ").append(call.id()).append(" to ").append(call.number())
                .append(": ").append(call.status()));
        return ToolResults.of(text.toString(), Map.of("calls", active.stream().map(ToolResults::call).toList()));
    }

    private CallToolResult recentEvents(Map<String, Object> args) {
        int limit = args.get("limit") instanceof Number n ? n.intValue() : 20;
        if (limit < 1 || limit > 100) {
            return ToolResults.error("limit must lie within 1-100, got " + limit);
        }
        try {
            List<String> events = recent.after(0, EventFilter.parseTypes((String) args.get("types")),
                    RecentEvents.CAPACITY);
            List<String> last = events.subList(Math.max(0, events.size() - limit), events.size());
            String json = "[" + String.join(",", last) + "]";
            return CallToolResult.builder().addTextContent(json).isError(false).build();
        } catch (IllegalArgumentException e) {
            return ToolResults.error(e.getMessage());
        }
    }

    private static CallToolResult describe(CallSnapshot call) {
        return ToolResults.of("Call " + call.id() + " to " + call.number() + " is " + call.status()
                + (call.reason() == null ? "" : " (" + call.reason() + ")") + ".", ToolResults.call(call));
    }

    private CallToolResult withCalls(CallAction action) {
        CallControl calls = access.callControl().orElse(null);
        if (calls == null) {
            return ToolResults.error("The SIP application is not running, so no call can be placed or steered.");
        }
        try {
            return action.run(calls);
        } catch (CallControlException e) {
            return ToolResults.error(e.reason() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return ToolResults.error(e.getMessage());
        }
    }



    @FunctionalInterface
    private interface CallAction {
        CallToolResult run(CallControl calls) throws CallControlException;
    }
}
