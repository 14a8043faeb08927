package io.holdslayer.web.mcp;

import io.holdslayer.api.call.CallControl;
import io.holdslayer.api.call.CallControlException;
import io.holdslayer.api.call.CallSnapshot;
import io.holdslayer.api.event.EventType;
import io.holdslayer.api.event.GatewayEvent;
import io.holdslayer.web.rest.CallJson;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.ResourcesUpdatedNotification;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Active calls as MCP resources ({@code holdslayer://calls/{id}}, JSON). A call is listed from its
 * {@code CALL_STARTED} until it ends; every event of a listed call tells subscribed clients that it changed.
 * Any call, listed or not, can be read through the resource template while the gateway still knows it.
 */
@ApplicationScoped
public class CallResources {

    static final String URI_PREFIX = "holdslayer://calls/";
    static final String URI_TEMPLATE = URI_PREFIX + "{call_id}";
    private static final String JSON = "application/json";
    private static final Set<EventType> ENDINGS = Set.of(EventType.CALL_ENDED, EventType.CALL_FAILED);
    private static final Logger LOG = Logger.getLogger(CallResources.class.getName());

    /** Each server with the call URIs it lists. */
    private final Map<McpSyncServer, Set<String>> listed = new ConcurrentHashMap<>();
    private volatile CallControlAccess access;

    /** Serves the calls on this server from now on, starting with those already active. */
    void serve(McpSyncServer server, CallControlAccess calls) {
        access = calls;
        server.addResourceTemplate(new SyncResourceTemplateSpecification(ResourceTemplate.builder()
                .uriTemplate(URI_TEMPLATE).name("call").title("A call")
                .description("A call's status, number, device and, once it ended, the reason.").mimeType(JSON)
                .build(), (exchange, request) -> read(request.uri())));
        Set<String> uris = ConcurrentHashMap.newKeySet();
        listed.put(server, uris);
        try {
            calls.callControl().map(CallControl::activeCalls).orElse(List.of()).forEach(call -> {
                uris.add(URI_PREFIX + call.id());
                server.addResource(specification(call));
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The calls already active are not listed as MCP resources", e);
        }
    }

    void stopServing(McpSyncServer server) {
        listed.remove(server);
    }

    void onEvent(@Observes GatewayEvent event) {
        if (event.callId() == null || listed.isEmpty()) {
            return;
        }
        String uri = URI_PREFIX + event.callId();
        boolean ending = ENDINGS.contains(event.type());
        Optional<CallSnapshot> started = event.type() == EventType.CALL_STARTED ? snapshot(event.callId())
                : Optional.empty();
        listed.forEach((server, uris) -> {
            try {
                if (ending) {
                    if (uris.remove(uri)) {
                        server.removeResource(uri);
                    }
                } else if (started.isPresent()) {
                    if (uris.add(uri)) {
                        server.addResource(specification(started.get()));
                    }
                } else if (uris.contains(uri)) {
                    server.notifyResourcesUpdated(new ResourcesUpdatedNotification(uri));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "MCP resource update for " + uri + " failed", e);
            }
        });
    }

    private SyncResourceSpecification specification(CallSnapshot call) {
        Resource resource = Resource.builder().uri(URI_PREFIX + call.id()).name("call-" + call.id())
                .title("Call to " + call.number()).description("Active call to " + call.number()).mimeType(JSON)
                .build();
        return new SyncResourceSpecification(resource, (exchange, request) -> read(request.uri()));
    }

    private ReadResourceResult read(String uri) {
        String id = uri.startsWith(URI_PREFIX) ? uri.substring(URI_PREFIX.length()) : "";
        CallSnapshot call = snapshot(id).orElseThrow(() -> McpError.RESOURCE_NOT_FOUND.apply(uri));
        return new ReadResourceResult(List.of(new TextResourceContents(uri, JSON, CallJson.of(call).build().toString())));
    }

    private Optional<CallSnapshot> snapshot(String id) {
        CallControlAccess calls = access;
        if (calls == null || id.isEmpty()) {
            return Optional.empty();
        }
        return calls.callControl().flatMap(control -> {
            try {
                return Optional.of(control.snapshot(id));
            } catch (CallControlException e) {
                return Optional.empty();
            }
        });
    }
}
