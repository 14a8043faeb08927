package io.holdslayer.tests.media;

import io.holdslayer.tests.support.Gateway;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Undeploys and redeploys the EAR twice on a running gateway ("media-redeploy", HTTP 18480) with jboss-cli, as
 * an operator would: each undeploy must leave no media thread in the server and every RTP port of the
 * gateway's range bindable, and each deploy must bring the media connector back with as many threads as before.
 */
class MediaRedeployIT {

    private static final Gateway gateway = Gateway.named("media-redeploy", 18480).fresh();

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

        for (int round = 1; round <= 2; round++) {
            cli("/deployment=holdslayer.ear:undeploy");
            assertEquals(0, mediaThreads(), "round " + round + ": no media thread survives the undeploy");
            List<Integer> taken = unbindableRtpPorts();
            assertEquals(List.of(), taken, "round " + round + ": every RTP port is free again");

            cli("/deployment=holdslayer.ear:deploy");
            awaitMediaUp();
            assertEquals(threads, mediaThreads(), "round " + round + ": the same threads as before, not more");
        }
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
        assertTrue(output.contains("\"outcome\" => \"success\""), operation + " failed: " + output);
    }
}
