package io.holdslayer.tests.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A gateway running as its own process through the launcher, exactly as an operator starts it. Stopping it
 * sends SIGTERM to the launcher, which must take WildFly down with it.
 */
public final class Gateway implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Path dataDir;
    private final int httpPort;
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newHttpClient();
    private Process process;

    private Gateway(Path dataDir, int httpPort, Map<String, String> environment) {
        this.dataDir = dataDir;
        this.httpPort = httpPort;
        this.environment = environment;
    }

    /** A gateway that will keep its data in {@code <it dir>/<name>} and serve HTTP on {@code httpPort}. */
    public static Gateway named(String name, int httpPort) {
        Path dir = Path.of(System.getProperty("holdslayer.it.dir", "target/it-data"), name).toAbsolutePath();
        Map<String, String> env = new HashMap<>();
        env.put("HOLDSLAYER_DATA_DIR", dir.toString());
        env.put("HOLDSLAYER_HTTP_PORT", String.valueOf(httpPort));
        env.put("HOLDSLAYER_SIP_PORT", String.valueOf(httpPort - 8080 + 5060));
        int rtpMin = rtpPortMin(httpPort);
        env.put("HOLDSLAYER_MEDIA_RTP_PORT_MIN", String.valueOf(rtpMin));
        env.put("HOLDSLAYER_MEDIA_RTP_PORT_MAX", String.valueOf(rtpMin + RTP_PORTS - 1));
        return new Gateway(dir, httpPort, env);
    }

    /** RTP ports each test gateway gets (ten legs). */
    public static final int RTP_PORTS = 20;

    /**
     * The first RTP port of the gateway on this HTTP port: each HTTP port in 18000-19249 has its own 20 ports in
     * 40000-64999, so gateways started side by side (also from other checkouts) never share RTP ports.
     */
    public static int rtpPortMin(int httpPort) {
        return 40000 + Math.floorMod(httpPort - 18000, 1250) * RTP_PORTS;
    }

    /**
     * An IP-authenticated trunk to a company on {@code 127.0.0.1:companyPort} (no OPTIONS probing during the
     * tests) that may dial the numbers {@code dialAllow} matches.
     */
    public Gateway withTrunkTo(int companyPort, String dialAllow) {
        return with("HOLDSLAYER_TRUNK_HOST", "127.0.0.1").with("HOLDSLAYER_TRUNK_PORT", String.valueOf(companyPort))
                .with("HOLDSLAYER_TRUNK_OPTIONS_INTERVAL", "3600").with("HOLDSLAYER_DIAL_ALLOW", dialAllow);
    }

    /** Places a direct call through the REST API and returns its id; anything but 201 fails the test. */
    public String placeCall(String number) {
        HttpResponse<String> response = send("POST", "/api/calls", "{\"number\":\"" + number + "\",\"mode\":\"direct\"}");
        if (response.statusCode() != 201) {
            throw new AssertionError("placing a call to " + number + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json(response.body()).getString("id");
    }

    /** Adds an environment variable for the launcher. */
    public Gateway with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    /** Deletes what an earlier test run left in the data directory. */
    public Gateway fresh() {
        try (var paths = Files.exists(dataDir) ? Files.walk(dataDir) : java.util.stream.Stream.<Path>empty()) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Gateway start() {
        try {
            Files.createDirectories(dataDir);
            Path root = Path.of(System.getProperty("holdslayer.root", "..")).toAbsolutePath().normalize();
            ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("holdslayer").toString(), "run", "--no-build")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("launcher.log").toFile()));
            builder.environment().keySet().removeIf(key -> key.startsWith("HOLDSLAYER_"));
            builder.environment().putAll(environment);
            process = builder.start();
            awaitHealthy();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy() {
        Instant started = Instant.now();
        Instant deadline = started.plus(START_TIMEOUT);
        Path failed = dataDir.resolve("server/deployments/holdslayer.ear.failed");
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(failed) && modifiedAfter(failed, started)) {
                stop();
                throw new IllegalStateException("holdslayer.ear failed to deploy; see "
                        + dataDir.resolve("server/log/server.log"));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the launcher exited with " + process.exitValue() + "; see "
                        + dataDir.resolve("launcher.log"));
            }
            try {
                if (get("/api/health", null).statusCode() == 200 && !events("GATEWAY_STARTED").isEmpty()) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // still starting
            }
            sleep(500);
        }
        throw new IllegalStateException("gateway on port " + httpPort + " not healthy within " + START_TIMEOUT);
    }

    private static boolean modifiedAfter(Path file, Instant instant) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(instant);
        } catch (IOException e) {
            return false;
        }
    }

    /** Sends SIGTERM to the launcher and waits for it and WildFly to be gone. */
    public int stop() {
        if (process == null) {
            return 0;
        }
        try {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException("the launcher did not stop within 90 s of SIGTERM");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            process = null;
        }
    }

    /**
     * Kills this instance's WildFly with SIGKILL, as a power cut or the OOM killer would, and waits for the
     * launcher to notice and exit. The process is found by its {@code jboss.server.base.dir}, which names this
     * data directory, so other gateways on the machine are never touched.
     */
    public void kill() {
        String baseDir = "jboss.server.base.dir=" + dataDir.resolve("server");
        java.util.List<ProcessHandle> wildFly = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(baseDir)).toList();
        if (wildFly.isEmpty()) {
            throw new IllegalStateException("no WildFly process runs with " + baseDir);
        }
        wildFly.forEach(ProcessHandle::destroyForcibly);
        wildFly.forEach(p -> p.onExit().join());
        if (process != null) {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                process = null;
            }
        }
    }

    public boolean portOpen() {
        try (Socket ignored = new Socket("127.0.0.1", httpPort)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public Path dataDir() {
        return dataDir;
    }

    public int httpPort() {
        return httpPort;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    public URI webSocketUri(String pathAndQuery) {
        return URI.create("ws://127.0.0.1:" + httpPort + pathAndQuery);
    }

    public String token() {
        try {
            return Files.readString(dataDir.resolve("api-token")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jmsUrl() {
        return "tcp://127.0.0.1:" + httpPort + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor";
    }

    public String jmsPassword() {
        try {
            return Files.readString(dataDir.resolve("jms-password")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GET with an optional bearer token. */
    public HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An authenticated request with an optional JSON body. */
    public HttpResponse<String> send(String method, String path, String json) {
        return sendAs(token(), method, path, json);
    }

    /** A request with the given bearer token and an optional JSON body. */
    public HttpResponse<String> sendAs(String bearer, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + bearer)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until an event of the type (and call, if given) is in the history; returns it. */
    public JsonObject awaitEvent(String type, String callId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (var value : events(type)) {
                JsonObject event = value.asJsonObject();
                if (callId == null || callId.equals(event.getString("callId", null))) {
                    return event;
                }
            }
            sleep(200);
        }
        throw new AssertionError("no " + type + " event" + (callId == null ? "" : " for call " + callId)
                + " within " + timeout);
    }

    /** The SIP port (UDP and TCP) of this gateway. */
    public int sipPort() {
        return Integer.parseInt(environment.get("HOLDSLAYER_SIP_PORT"));
    }

    /** The event history, authenticated, filtered by the given types. */
    public JsonArray events(String types) {
        HttpResponse<String> response = get("/api/events?types=" + types, token());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/events answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    /** Waits until the device has registered (a {@code DEVICE_REGISTERED} event names it); false on timeout. */
    public boolean awaitDeviceRegistered(String device, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (events("DEVICE_REGISTERED").stream().anyMatch(e -> device.equals(
                    e.asJsonObject().getJsonObject("payload").getString("device", "")))) {
                return true;
            }
            sleep(100);
        }
        return false;
    }

    public static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
