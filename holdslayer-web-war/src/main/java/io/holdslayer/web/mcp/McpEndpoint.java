package io.holdslayer.web.mcp;

import io.holdslayer.web.events.RecentEvents;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletSseServerTransportProvider;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Starts the MCP servers with the web module and stops them with it. The SDK's servlets are registered here in
 * code: the SDK jars carry {@code @WebServlet} annotations that {@code web.xml}'s empty absolute ordering keeps
 * the container from acting on.
 */
@WebListener
public class McpEndpoint implements ServletContextListener {

    static final String STREAMABLE_PATH = "/mcp";
    static final String SSE_PATH = "/mcp/sse";
    static final String SSE_MESSAGE_PATH = "/mcp/message";
    private static final Logger LOG = Logger.getLogger(McpEndpoint.class.getName());
    private static final String INSTRUCTIONS = "Hold Slayer places phone calls through a SIP trunk, waits on hold "
            + "and rings the user's phone when a person answers. Use place_hold_slayer_call with the user's intent, "
            + "then follow the call with get_hold_slayer_call or recent_events; list_call_flows shows the phone trees "
            + "it has learned.";

    @Resource
    ContextService contexts;

    @Inject
    RecentEvents recent;

    @Inject
    CallResources calls;

    @Inject
    CoreAccessBean core;

    private final List<McpSyncServer> servers = new ArrayList<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        CallControlAccess access = contexts.createContextualProxy(new CallControlAccess.Jndi(), CallControlAccess.class);

        HttpServletStreamableServerTransportProvider streamable = HttpServletStreamableServerTransportProvider.builder()
                .mcpEndpoint(STREAMABLE_PATH).build();
        servers.add(server(McpServer.sync(streamable), access));
        register(context, "mcp-streamable", streamable, STREAMABLE_PATH);

        HttpServletSseServerTransportProvider sse = HttpServletSseServerTransportProvider.builder()
                .baseUrl(context.getContextPath()).sseEndpoint(SSE_PATH).messageEndpoint(SSE_MESSAGE_PATH).build();
        servers.add(server(McpServer.sync(sse), access));
        register(context, "mcp-sse", sse, SSE_PATH, SSE_MESSAGE_PATH);
        LOG.info(() -> "MCP server at " + STREAMABLE_PATH + " (streamable HTTP) and " + SSE_PATH + " (SSE)");
    }

    private McpSyncServer server(McpServer.SyncSpecification<?> specification, CallControlAccess access) {
        List<SyncToolSpecification> tools = new ArrayList<>(new GatewayTools(access, recent).all());
        tools.addAll(new HoldSlayerTools(contexts.createContextualProxy(core, CoreAccess.class)).all());
        McpSyncServer server = specification.serverInfo("hold-slayer", "0.1.0")
                .instructions(INSTRUCTIONS)
                .capabilities(ServerCapabilities.builder().tools(false).resources(true, true).build())
                .tools(tools)
                .build();
        calls.serve(server, access);
        return server;
    }

    private static void register(ServletContext context, String name, jakarta.servlet.Servlet servlet,
                                 String... paths) {
        ServletRegistration.Dynamic registration = context.addServlet(name, servlet);
        registration.setAsyncSupported(true);
        registration.addMapping(paths);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        servers.forEach(calls::stopServing);
        servers.forEach(McpSyncServer::closeGracefully);
        servers.clear();
    }
}
