package io.holdslayer.tests.demo;

import io.holdslayer.tests.support.Baresip;
import io.holdslayer.tests.support.CompanySimulator;
import io.holdslayer.tests.support.Gateway;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code ./holdslayer demo}: a gateway on its embedded defaults, the company simulator as its trunk (Acme Bank,
 * {@code +15550100}) and baresip as Alice's phone, registered as device {@code alice} with a generated password.
 * The demo imports a known Acme Bank call flow (no LLM needed; with {@code HOLDSLAYER_LLM_BASE_URL} and
 * {@code HOLDSLAYER_STT_BASE_URL} set it lets the gateway explore the menu instead), places a hold-slayer call,
 * tells each event as it comes, and once Alice's phone is bridged to the agent prints how long each phase took,
 * ending with a {@code DEMO …} line for scripts. Then it keeps everything running until Ctrl-C, or with
 * {@code --exit} hangs up after a few seconds of the bridged call. Whatever happens, every process it started is
 * stopped when it exits.
 */
public final class Demo {

    static final String NUMBER = CompanySimulator.ACME_BANK;
    static final String DEVICE = "alice";
    private static final String INTENT = "I want to dispute a charge on my bill";
    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(4);

    private final DemoOptions options;
    private final PrintStream out = System.out;
    private final DemoParts parts;
    private CompanySimulator acme;
    private Gateway gateway;

    private Demo(DemoOptions options) {
        this.options = options;
        this.parts = new DemoParts(options.dataDir(), out);
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("holdslayer.root", ".")).toAbsolutePath().normalize();
        DemoOptions options;
        try {
            options = DemoOptions.parse(args, root);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Demo demo = new Demo(options);
        Runtime.getRuntime().addShutdownHook(new Thread(demo.parts::stopAll, "demo-cleanup"));
        try {
            System.exit(demo.run());
        } catch (RuntimeException | IOException e) {
            if (!demo.parts.stopping()) {
                System.err.println("\nThe demo failed: " + e.getMessage() + "\n  files and logs: " + options.dataDir());
            }
            System.exit(1);
        } catch (InterruptedException e) {
            System.exit(130);
        }
    }

    private int run() throws IOException, InterruptedException {
        if (options.fresh()) {
            DemoParts.deleteTree(options.dataDir());
        }
        System.setProperty("holdslayer.it.dir", options.dataDir().toString());
        int httpPort = options.port() != 0 ? options.port() : DemoPorts.gatewayHttpPort();

        out.println("Starting the company simulator: Acme Bank at " + NUMBER);
        acme = parts.add(CompanySimulator.start("acme"));
        gateway = Gateway.named("gateway", httpPort).withTrunkTo(acme.port(), "[+]1555[0-9]*");
        boolean explore = aiConfigured(gateway);
        out.printf("Starting the gateway: HTTP %d, SIP %d, data in %s (the first start configures the server)%n",
                httpPort, gateway.sipPort(), gateway.dataDir());
        parts.add(gateway);
        long starting = System.nanoTime();
        gateway.start();
        out.printf("The gateway is up (%d s)%n", Duration.ofNanos(System.nanoTime() - starting).toSeconds());
        printWhereToWatch();

        String password = generatedPassword();
        saveDevice(password);
        parts.add(Baresip.register("phone", DEVICE, password, gateway.sipPort(), DemoPorts.sipPort()));
        if (!gateway.awaitDeviceRegistered(DEVICE, Duration.ofSeconds(20))) {
            throw new IllegalStateException("Alice's phone did not register; see " + options.dataDir().resolve("baresip-phone"));
        }
        out.println("Alice's phone (baresip) registered as device '" + DEVICE + "'");
        prepareFlow(explore);

        if (options.delay() > 0) {
            out.printf("Placing the hold-slayer call in %d s...%n", options.delay());
            Thread.sleep(options.delay() * 1000L);
        }
        EventFollower follower = new EventFollower(gateway, out);
        String callId = placeCall();
        out.println("\nCall " + callId + " to Acme Bank (" + NUMBER + "), intent \"" + INTENT + "\":");
        CallTimeline timeline = follow(follower, callId);
        if (!timeline.bridged()) {
            out.println("\nThe demo did not reach the bridge: "
                    + timeline.failure().orElse("no bridge within " + CALL_TIMEOUT.toMinutes() + " minutes"));
            out.println("  gateway log: " + gateway.dataDir().resolve("server/log/server.log"));
            out.println("  company log: " + acme.dir());
            out.println("DEMO call=" + callId + " status=FAILED");
            return 1;
        }
        summarise(callId, timeline);
        return options.exit() ? hangUpAndExit(callId, follower) : keepRunning(follower, callId);
    }

    /** With an LLM and speech-to-text configured, passes their settings on; true if so. */
    private static boolean aiConfigured(Gateway gateway) {
        Map<String, String> environment = System.getenv();
        environment.forEach((name, value) -> {
            if (name.startsWith("HOLDSLAYER_LLM_") || name.startsWith("HOLDSLAYER_STT_")) {
                gateway.with(name, value);
            }
        });
        return environment.containsKey("HOLDSLAYER_LLM_BASE_URL") && environment.containsKey("HOLDSLAYER_STT_BASE_URL");
    }

    private void printWhereToWatch() {
        String base = "http://127.0.0.1:" + gateway.httpPort();
        out.println();
        out.println("  Watch it live:");
        out.println("    Dashboard:  " + base + "/dashboard/   (sign in with the API token)");
        out.println("    API token:  " + gateway.dataDir().resolve("api-token"));
        out.println("    Events:     curl -H \"Authorization: Bearer $(cat " + gateway.dataDir().resolve("api-token")
                + ")\" " + base + "/api/events");
        out.println("    Logs:       " + gateway.dataDir().resolve("server/log/server.log"));
        out.println();
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Creates the device, or gives the one an earlier demo left a new password. */
    private void saveDevice(String password) {
        HttpResponse<String> created = gateway.send("POST", "/api/devices", "{\"username\":\"" + DEVICE
                + "\",\"password\":\"" + password + "\",\"display_name\":\"Alice's phone (the demo's baresip)\"}");
        if (created.statusCode() == 409) {
            created = gateway.send("PATCH", "/api/devices/" + DEVICE, "{\"password\":\"" + password + "\"}");
        }
        if (created.statusCode() / 100 != 2) {
            throw new IllegalStateException("saving device " + DEVICE + " answered " + created.statusCode() + ": "
                    + created.body());
        }
    }

    /** Imports the known Acme Bank flow unless one is stored; exploring, removes it so the LLM finds the way. */
    private void prepareFlow(boolean explore) throws IOException {
        List<JsonObject> flows = Gateway.json("{\"flows\":" + gateway.get("/api/call-flows?number=%2B15550100",
                gateway.token()).body() + "}").getJsonArray("flows").getValuesAs(JsonObject.class);
        if (explore) {
            for (JsonObject flow : flows) {
                gateway.send("DELETE", "/api/call-flows/" + flow.getInt("id"), null);
            }
            out.println("An LLM and speech-to-text are configured: the gateway will explore Acme Bank's menu");
        } else if (flows.isEmpty()) {
            HttpResponse<String> imported = gateway.send("POST", "/api/call-flows", resource("/demo/acme-bank-flow.json"));
            if (imported.statusCode() != 201) {
                throw new IllegalStateException("importing the Acme Bank call flow answered " + imported.statusCode()
                        + ": " + imported.body());
            }
            out.println("Imported the Acme Bank call flow (POST /api/call-flows): billing is 1, then hold");
        } else {
            out.println("Using the Acme Bank call flow stored by an earlier demo (id " + flows.get(0).getInt("id")
                    + ", " + flows.get(0).getInt("calls") + " calls)");
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Demo.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String placeCall() {
        HttpResponse<String> placed = gateway.send("POST", "/api/calls/hold-slayer", "{\"number\":\"" + NUMBER
                + "\",\"intent\":\"" + INTENT + "\",\"device\":\"" + DEVICE + "\"}");
        if (placed.statusCode() != 201) {
            throw new IllegalStateException("POST /api/calls/hold-slayer answered " + placed.statusCode() + ": "
                    + placed.body());
        }
        return Gateway.json(placed.body()).getString("id");
    }

    private CallTimeline follow(EventFollower follower, String callId) throws InterruptedException {
        CallTimeline timeline = new CallTimeline(callId);
        long deadline = System.nanoTime() + CALL_TIMEOUT.toNanos();
        while (!timeline.bridged() && timeline.failure().isEmpty() && System.nanoTime() < deadline) {
            follower.poll(callId).forEach(timeline::record);
            Thread.sleep(250);
        }
        return timeline;
    }

    private void summarise(String callId, CallTimeline timeline) throws InterruptedException {
        Instant agentSpoke = new CompanyLog(acme).agentFirstSpoke(Duration.ofSeconds(3));
        String status = Gateway.json(gateway.get("/api/calls/" + callId, gateway.token()).body()).getString("status", "?");
        DemoSummary summary = timeline.summary(agentSpoke);
        out.println("\nAlice's phone is connected to the agent. Summary:");
        out.println(summary.table());
        out.println(summary.machineLine(callId, status));
    }

    /** Lets the phone hear the agent for a few seconds, hangs up and exits (the cleanup stops everything). */
    private int hangUpAndExit(String callId, EventFollower follower) throws InterruptedException {
        Thread.sleep(6000);
        follower.poll(callId);
        gateway.send("DELETE", "/api/calls/" + callId, null);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline
                && follower.poll(callId).stream().noneMatch(e -> callId.equals(e.getString("callId", null))
                        && e.getString("type").equals("CALL_ENDED"))) {
            Thread.sleep(250);
        }
        return 0;
    }

    /** Tells what else happens (the agent hangs up after a minute) until Ctrl-C. */
    private int keepRunning(EventFollower follower, String callId) throws InterruptedException {
        out.println("\nEverything keeps running: look around the dashboard. Press Ctrl-C to stop (it hangs up and"
                + " stops the gateway, the company simulator and the phone).");
        while (true) {
            follower.poll(callId);
            Thread.sleep(500);
        }
    }
}
