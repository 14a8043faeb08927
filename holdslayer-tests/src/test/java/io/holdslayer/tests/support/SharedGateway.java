package io.holdslayer.tests.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One gateway (HTTP port 18080, or the system property {@code holdslayer.it.shared-port}; data in
 * {@code it-data/shared}) for every test class that declares a {@link Gateway} parameter; started on first use
 * and stopped when the test run ends.
 */
public class SharedGateway implements ParameterResolver {

    public static final int HTTP_PORT = Integer.getInteger("holdslayer.it.shared-port", 18080);
    /** A read-only token the shared gateway accepts besides its operator token. */
    public static final String VIEWER_TOKEN = "viewer-token-for-the-shared-gateway";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Gateway.class;
    }

    @Override
    public Gateway resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Holder.class, key -> new Holder(Gateway.named("shared", HTTP_PORT)
                        .with("HOLDSLAYER_API_VIEWER_TOKENS", VIEWER_TOKEN)
                        .with("HOLDSLAYER_WS_HEARTBEAT_SECONDS", "1").fresh().start()),
                        Holder.class)
                .gateway;
    }

    private record Holder(Gateway gateway) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            gateway.stop();
        }
    }
}
