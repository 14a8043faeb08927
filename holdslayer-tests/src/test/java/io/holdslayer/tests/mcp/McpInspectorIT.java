package io.holdslayer.tests.mcp;

import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.SharedGateway;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The MCP Inspector's command line (npm), as a developer would point it at the gateway. */
@ExtendWith(SharedGateway.class)
class McpInspectorIT {

    private record Run(int exit, String output) {
    }

    private static Run inspector(Gateway gateway, String token, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("holdslayer.mcp.inspector"), "--cli",
                "http://127.0.0.1:" + gateway.httpPort() + "/mcp", "--transport", "http",
                "--header", "Authorization: Bearer " + token));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the MCP Inspector did not finish within 60 s");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theInspectorListsTheToolsAndCallsOne(Gateway gateway) throws Exception {
        Run list = inspector(gateway, gateway.token(), "--method", "tools/list");
        assertEquals(0, list.exit(), list.output());
        assertTrue(list.output().contains("\"place_call\"") && list.output().contains("\"recent_events\""), list.output());

        Run call = inspector(gateway, gateway.token(), "--method", "tools/call", "--tool-name", "send_dtmf",
                "--tool-arg", "call_id=no-such-call", "--tool-arg", "digits=1");
        assertEquals(0, call.exit(), call.output());
        JsonObject result = Gateway.json(call.output().substring(call.output().indexOf('{')));
        assertTrue(result.getBoolean("isError"), call.output());
        assertTrue(result.getJsonArray("content").getJsonObject(0).getString("text").startsWith("NOT_FOUND"),
                call.output());
    }

    @Test
    void theInspectorIsTurnedAwayWithoutTheToken(Gateway gateway) throws Exception {
        Run refused = inspector(gateway, "not-the-token", "--method", "tools/list");
        assertNotEquals(0, refused.exit(), refused.output());
        assertFalse(refused.output().contains("place_call"), refused.output());
    }
}
