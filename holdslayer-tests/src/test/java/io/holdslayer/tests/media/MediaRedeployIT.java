package io.holdslayer.tests.media;

import io.holdslayer.tests.support.Gateway;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Undeploys and redeploys the EAR twice on a running gateway ("media-redeploy", HTTP 18480) with jboss-cli, as
 * an operator would. Before each undeploy a probe WAR (deployed beside the EAR for the test only) opens a
 * company and a device leg through the connector's JNDI factory: their RTP ports are bound, and the company
 * leg's automatic recording comes back as a RECORDING_STARTED gateway event (media connector, MediaListener
 * MDB, event backbone). Each undeploy must then leave no media thread in the server and every RTP port of the
 * gateway's range bindable; each deploy must bring the connector back with as many threads as at the start.
 */
class MediaRedeployIT {

    private static final Gateway gateway = Gateway.named("media-redeploy", 18480).fresh();
    private static final String PROBE_DESCRIPTOR = "<jboss-deployment-structure xmlns=\"urn:jboss:deployment-structure:1.2\">"
            + "<deployment><dependencies><module name=\"deployment.holdslayer.ear\"/></dependencies></deployment>"
            + "</jboss-deployment-structure>";

    @AfterAll
    static void stopGateway() {
        gateway.stop();
    }

    @Test
    void redeployingTwiceReleasesPortsAndThreadsAndTheConnectorWorksAgain() throws Exception {
        gateway.start();
        assertMediaUp();
        long threads = mediaThreads();
        assertTrue(threads >= 2, "the clock and the RTP receiver run (workers start with the first call): " + threads);

        Path probe = probeWar();
        for (int round = 1; round <= 2; round++) {
            cli("deploy " + probe + " --name=media-probe.war");
            String call = "redeploy-" + round;
            int company = openLeg(call, "COMPANY");
            int device = openLeg(call, "DEVICE");
            assertTrue(unbindableRtpPorts().containsAll(List.of(company, device, company + 1, device + 1)),
                    "the legs hold their RTP and RTCP ports");
            awaitRecordingStarted(call);
            cli("undeploy media-probe.war");

            cli("/deployment=holdslayer.ear:undeploy");
            assertEquals(0, mediaThreads(), "round " + round + ": no media thread survives the undeploy");
            assertEquals(List.of(), unbindableRtpPorts(), "round " + round + ": every RTP port is free again");

            cli("/deployment=holdslayer.ear:deploy");
            awaitMediaUp();
            assertEquals(threads, mediaThreads(), "round " + round + ": the same threads as at the start, not more");
        }
    }

    private static Path probeWar() {
        Path file = gateway.dataDir().resolve("media-probe.war");
        ShrinkWrap.create(WebArchive.class, "media-probe.war")
                .addClass(MediaProbeServlet.class)
                .addAsWebInfResource(new StringAsset(PROBE_DESCRIPTOR), "jboss-deployment-structure.xml")
                .as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    /** Opens a leg through the probe; returns its RTP port (from our SDP offer). */
    private static int openLeg(String call, String role) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        gateway.uri("/media-probe/legs?call=" + call + "&role=" + role))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        Matcher port = Pattern.compile("m=audio (\\d+) RTP/AVP 0 8 101").matcher(response.body());
        assertTrue(port.find(), response.body());
        int rtp = Integer.parseInt(port.group(1));
        int min = Gateway.rtpPortMin(gateway.httpPort());
        assertTrue(rtp >= min && rtp < min + Gateway.RTP_PORTS, "port from the gateway's range: " + rtp);
        return rtp;
    }

    private static void awaitRecordingStarted(String call) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (JsonValue event : gateway.events("RECORDING_STARTED")) {
                JsonObject started = event.asJsonObject();
                if (!started.isNull("callId") && call.equals(started.getString("callId"))) {
                    assertTrue(started.getJsonObject("payload").getString("detail").endsWith(".wav"), started.toString());
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no RECORDING_STARTED event for " + call + ": " + gateway.events("RECORDING_STARTED"));
    }

    private static void assertMediaUp() {
        JsonObject media = Gateway.json(gateway.get("/api/health", null).body())
                .getJsonObject("components").getJsonObject("media");
        assertEquals("UP", media.getString("status"), media.toString());
        int min = Gateway.rtpPortMin(gateway.httpPort());
        assertTrue(media.getString("detail").contains("RTP ports " + min + "-" + (min + Gateway.RTP_PORTS - 1)),
                media.toString());
    }

    private static void awaitMediaUp() throws InterruptedException {
        AssertionError last = null;
        for (int i = 0; i < 120; i++) {
            try {
                assertMediaUp();
                return;
            } catch (AssertionError | RuntimeException e) {
                last = e instanceof AssertionError a ? a : new AssertionError(e);
                Thread.sleep(500);
            }
        }
        throw last;
    }

    /** Threads of the server whose name starts with holdslayer-media (Linux shows 15 characters of it). */
    private static long mediaThreads() throws IOException {
        long pid = Long.parseLong(Files.readString(gateway.dataDir().resolve("server/server.pid")).trim());
        long count = 0;
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).startsWith("holdslayer-medi")) {
                        count++;
                    }
                } catch (IOException threadEnded) {
                    // the thread ended while we looked
                }
            }
        }
        return count;
    }

    private static List<Integer> unbindableRtpPorts() {
        List<Integer> taken = new ArrayList<>();
        int min = Gateway.rtpPortMin(gateway.httpPort());
        for (int port = min; port < min + Gateway.RTP_PORTS; port++) {
            try (DatagramSocket socket = new DatagramSocket(port, InetAddress.getByName("127.0.0.1"))) {
                socket.getLocalPort();
            } catch (SocketException e) {
                taken.add(port);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return taken;
    }

    private static void cli(String operation) throws IOException, InterruptedException {
        Path cli = Path.of(System.getProperty("holdslayer.jboss.home")).resolve("bin/jboss-cli.sh");
        int managementPort = 9990 + gateway.httpPort() - 8080;
        Process process = new ProcessBuilder("bash", cli.toString(), "--connect",
                "--controller=127.0.0.1:" + managementPort, "--command=" + operation)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "jboss-cli did not finish: " + operation);
        assertEquals(0, process.exitValue(), operation + " failed: " + output);
    }
}
