package io.holdslayer.tests.web;

import io.holdslayer.tests.support.Chromium;
import io.holdslayer.tests.support.CompanyAudio;
import io.holdslayer.tests.support.RtpCapture;
import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.Sipp;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One live call as each client sees it: the REST list of active calls, the MCP tools and resources, and the
 * dashboard in headless Chromium, which must follow the call without reloading. SIPp plays the company
 * behind an IP-authenticated trunk and talks (a recorded voice) once it has answered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveCallViewsIT {

    static final int HTTP_PORT = 18880;
    static final int COMPANY_PORT = 17300;
    static final String NUMBER = "+15557654321";
    static final String VIEWER_TOKEN = "viewer-token-for-live-call-views";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    Gateway gateway;

    @BeforeAll
    void startGateway() {
        gateway = Gateway.named("live-calls", HTTP_PORT).fresh()
                .withTrunkTo(COMPANY_PORT, "[+]1555[0-9]*")
                .with("HOLDSLAYER_API_VIEWER_TOKENS", VIEWER_TOKEN)
                .with("HOLDSLAYER_SIP_DEVICES", "alice:alice-secret")
                .with("HOLDSLAYER_WS_HEARTBEAT_SECONDS", "1")
                .start();
    }

    @AfterAll
    void stopGateway() {
        gateway.stop();
    }

    private JsonArray activeCalls(String token) {
        HttpResponse<String> response = gateway.get("/api/calls", token);
        assertEquals(200, response.statusCode(), response.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readArray();
    }

    @Test
    void restListsTheActiveCallsToOperatorsAndViewersUntilTheyEnd() {
        try (Sipp company = Sipp.start("rest-list", "company-answers.xml", COMPANY_PORT, "-m", "1")) {
            String id = gateway.placeCall(NUMBER);
            gateway.awaitEvent("CALL_CONNECTED", id, TIMEOUT);
            JsonArray active = activeCalls(gateway.token());
            assertEquals(1, active.size(), active.toString());
            JsonObject call = active.getJsonObject(0);
            assertEquals(id, call.getString("id"));
            assertEquals(NUMBER, call.getString("number"));
            assertEquals("CONNECTED", call.getString("status"));
            JsonArray viewed = activeCalls(VIEWER_TOKEN);
            assertEquals(1, viewed.size(), "a viewer reads the same list: " + viewed);
            assertEquals(id, viewed.getJsonObject(0).getString("id"), "a viewer reads the same list");
            assertEquals("direct", viewed.getJsonObject(0).getString("mode"));
            assertEquals(401, gateway.get("/api/calls", null).statusCode());

            assertEquals(204, gateway.send("DELETE", "/api/calls/" + id, null).statusCode());
            assertEquals(0, company.await(TIMEOUT), company.report());
            gateway.awaitEvent("CALL_ENDED", id, TIMEOUT);
            assertEquals(0, activeCalls(gateway.token()).size());
        }
    }

    @Test
    void aClientThatStopsReadingIsDroppedWhileTheOthersGetEveryEvent() throws Exception {
        EventWebSocketIT.Frames frames = new EventWebSocketIT.Frames();
        java.net.http.WebSocket listening = java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + gateway.token())
                .buildAsync(gateway.webSocketUri("/ws/events?types=CALL_STARTED,CALL_CONNECTED,CALL_ENDED"), frames)
                .join();
        try (SilentWebSocketClient silent = new SilentWebSocketClient(HTTP_PORT,
                "/ws/events?access_token=" + gateway.token());
             Sipp company = Sipp.start("ws-slow-client", "company-answers.xml", COMPANY_PORT, "-m", "1")) {
            String id = gateway.placeCall(NUMBER);
            gateway.awaitEvent("CALL_CONNECTED", id, TIMEOUT);
            assertEquals(204, gateway.send("DELETE", "/api/calls/" + id, null).statusCode());
            for (String type : List.of("CALL_STARTED", "CALL_CONNECTED", "CALL_ENDED")) {
                String frame = frames.next();
                assertTrue(frame.contains("\"type\":\"" + type + "\"") && frame.contains(id), type + " in " + frame);
            }
            assertEquals(1001, silent.drainUntilClosed(15_000),
                    "the silent client is closed (going away) after three heartbeats without a pong");
            assertEquals(0, company.await(TIMEOUT), company.report());
        }
        assertFalse(frames.closed.isDone(), "the client that answers pings stays connected");
        listening.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test
    void anAssistantListsTheActiveCallsAndReadsEachAsAResource() {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://127.0.0.1:" + HTTP_PORT).endpoint("/mcp")
                .httpRequestCustomizer((request, method, uri, body, context) ->
                        request.header("Authorization", "Bearer " + gateway.token()))
                .build();
        try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20)).build();
             Sipp company = Sipp.start("mcp-resources", "company-answers.xml", COMPANY_PORT, "-m", "1")) {
            assertTrue(client.initialize().capabilities().resources() != null, "the server offers resources");
            assertTrue(client.listResourceTemplates().resourceTemplates().stream()
                    .anyMatch(t -> t.uriTemplate().equals("holdslayer://calls/{call_id}")));

            String id = gateway.placeCall(NUMBER);
            gateway.awaitEvent("CALL_CONNECTED", id, TIMEOUT);
            String uri = "holdslayer://calls/" + id;
            awaitResources(client, uri, true);
            TextResourceContents contents = (TextResourceContents) client.readResource(new ReadResourceRequest(uri))
                    .contents().get(0);
            assertEquals("application/json", contents.mimeType());
            JsonObject call = Gateway.json(contents.text());
            assertEquals(NUMBER, call.getString("number"));
            assertEquals("CONNECTED", call.getString("status"));

            CallToolResult listed = client.callTool(new CallToolRequest("list_active_calls", Map.of()));
            assertFalse(listed.isError(), listed.toString());
            assertTrue(listed.structuredContent().toString().contains(id), listed.toString());

            CallToolResult hungUp = client.callTool(new CallToolRequest("hang_up", Map.of("call_id", id)));
            assertFalse(hungUp.isError(), hungUp.toString());
            assertEquals(0, company.await(TIMEOUT), company.report());
            awaitResources(client, uri, false);
            assertThrows(RuntimeException.class, () -> client.readResource(new ReadResourceRequest(uri)),
                    "an ended call is no longer a resource");
            CallToolResult none = client.callTool(new CallToolRequest("list_active_calls", Map.of()));
            assertTrue(none.content().toString().contains("No active calls"), none.toString());
        }
    }

    private static void awaitResources(McpSyncClient client, String uri, boolean listed) {
        long deadline = System.currentTimeMillis() + TIMEOUT.toMillis();
        List<String> uris = List.of();
        while (System.currentTimeMillis() < deadline) {
            uris = client.listResources().resources().stream().map(Resource::uri).toList();
            if (uris.contains(uri) == listed) {
                return;
            }
            sleep(200);
        }
        throw new AssertionError(uri + (listed ? " never listed: " : " still listed: ") + uris);
    }

    @Test
    void theDashboardFollowsACallLiveWithoutReloading() {
        ChromeDriver browser = Chromium.start();
        try (Sipp company = Sipp.start("dashboard", "company-talks.xml", COMPANY_PORT, "-m", "1")) {
            WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);
            browser.get(gateway.uri("/").toString());
            assertTrue(browser.getCurrentUrl().endsWith("/dashboard/"), "the root leads to the dashboard: "
                    + browser.getCurrentUrl());
            signIn(browser, wait, gateway.token());
            assertTrue(browser.findElement(By.id("no-calls")).isDisplayed());
            assertEquals("operator", browser.findElement(By.id("role")).getText());
            browser.executeScript("window.sameDocument = 'yes';");

            browser.findElement(By.id("number")).sendKeys(NUMBER);
            browser.findElement(By.cssSelector("#place-call button")).click();
            // the calls of the earlier tests are over: the dashboard shows none of them
            WebElement row = wait.until(d -> d.findElement(By.cssSelector("#calls tr[data-call-id]")));
            assertEquals(1, browser.findElements(By.cssSelector("#calls tr[data-call-id]")).size());
            String id = row.getAttribute("data-call-id");
            wait.until(d -> "CONNECTED".equals(row.getAttribute("data-status")));
            assertEquals(NUMBER, row.findElement(By.cssSelector(".number")).getText());
            // the company's voice, classified by the media plane, shows in the row as it is heard
            wait.until(d -> row.findElement(By.cssSelector(".audio")).getText().startsWith("speech"));
            assertTrue(browser.findElement(By.cssSelector("#events li[data-type=CALL_CONNECTED]")).isDisplayed());

            row.findElement(By.cssSelector(".hang-up")).click();
            wait.until(d -> "ENDED".equals(row.getAttribute("data-status")));
            assertEquals("hung up through the API", row.findElement(By.cssSelector(".reason")).getText());
            assertEquals(0, company.await(TIMEOUT), company.report());
            gateway.awaitEvent("CALL_ENDED", id, TIMEOUT);
            assertEquals("yes", browser.executeScript("return window.sameDocument;"), "the page never reloaded");
            assertEquals(true, browser.executeScript("return typeof Chart === 'function' "
                    + "&& Chart.getChart('calls-per-hour') !== undefined;"), "the bundled charting library drew");

            browser.findElement(By.id("sign-out")).click();
            signIn(browser, wait, VIEWER_TOKEN);
            assertEquals("viewer", browser.findElement(By.id("role")).getText());
            assertFalse(browser.findElement(By.id("place-call")).isDisplayed(), "a viewer cannot place calls");
            assertEquals(List.of(), Chromium.consoleErrors(browser), "no script error, refused resource or CSP violation");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theDashboardShowsTheHoldAndAlertsWhenAPersonAnswers(@TempDir Path dir) throws Exception {
        CompanyAudio audio = new CompanyAudio().silence(1)
                .recording(CompanyAudio.HOLD_MUSIC, 0, 10, 0.5).recording(CompanyAudio.ANNOUNCEMENT)
                .recording(CompanyAudio.HOLD_MUSIC, 10, 8, 0.5).recording(CompanyAudio.ANNOUNCEMENT)
                .recording(CompanyAudio.HOLD_MUSIC, 18, 6, 0.5).silence(0.25)
                .agentSays("Hello, thank you for holding. My name is Sam. How can I help you today?", dir)
                .silence(6);
        Path capture = dir.resolve("hold-then-agent.pcap");
        RtpCapture.write(audio.samples(), capture);

        ChromeDriver browser = Chromium.start();
        try (Sipp company = Sipp.companyPlaying("dashboard-hold", capture, Duration.ofSeconds(120), COMPANY_PORT,
                "-m", "1")) {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
            browser.get(gateway.uri("/dashboard/").toString());
            browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin",
                    "http://127.0.0.1:" + HTTP_PORT, "permissions", List.of("notifications")));
            browser.navigate().refresh();
            // remember every desktop notification the page raises
            browser.executeScript("const Native = window.Notification; window.notified = [];"
                    + "window.Notification = function (title, options) { window.notified.push(title + ': ' + options.body);"
                    + " return new Native(title, options); };"
                    + "Object.defineProperty(window.Notification, 'permission', { get: () => Native.permission });"
                    + "window.Notification.requestPermission = () => Native.requestPermission();");
            signIn(browser, wait, gateway.token());

            String id = gateway.placeCall(NUMBER);
            WebElement row = wait.until(d -> d.findElement(By.cssSelector("#calls tr[data-call-id='" + id + "']")));
            wait.until(d -> "ON_HOLD".equals(row.getAttribute("data-status")));
            String held = row.findElement(By.cssSelector(".hold-timer")).getText();
            wait.until(d -> !row.findElement(By.cssSelector(".hold-timer")).getText().equals(held));
            assertTrue(row.findElement(By.cssSelector(".hold-timer")).getText().matches("\\d+:\\d\\d"),
                    "the hold timer counts: " + row.findElement(By.cssSelector(".hold-timer")).getText());

            WebElement alert = wait.until(d -> {
                WebElement banner = d.findElement(By.id("human-alert"));
                return banner.isDisplayed() ? banner : null;
            });
            assertTrue(alert.getText().contains(NUMBER) && alert.getText().contains("Pick up your phone"), alert.getText());
            assertEquals(List.of("Pick up your phone: A person answered " + NUMBER + "."),
                    browser.executeScript("return window.notified;"));
            gateway.awaitEvent("HUMAN_DETECTED", id, TIMEOUT);
            assertEquals(204, gateway.send("DELETE", "/api/calls/" + id, null).statusCode());
            assertEquals(0, company.await(TIMEOUT), company.report());
        } finally {
            browser.quit();
        }
    }

    private static void signIn(WebDriver browser, WebDriverWait wait, String token) {
        WebElement field = wait.until(d -> d.findElement(By.id("token")));
        field.clear();
        field.sendKeys(token);
        browser.findElement(By.cssSelector("#login button")).click();
        wait.until(d -> "live".equals(d.findElement(By.id("connection")).getText()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
