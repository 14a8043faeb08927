package io.holdslayer.tests.sip;

import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.Sipp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SIP plane under bad input and redeployment: thousands of malformed and truncated messages over UDP and
 * TCP, answered 400 where a response can be addressed and never with a stack trace in the log, after which a
 * normal call still succeeds; and the EAR redeployed twice through jboss-cli, after which the SIP port works.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SipRobustnessIT {

    static final int HTTP_PORT = 18820;
    static final int COMPANY_PORT = 17030;
    static final int FUZZ_MESSAGES = 5000;

    Gateway gateway;

    @BeforeAll
    void startGateway() {
        gateway = Gateway.named("sip-robustness", HTTP_PORT).fresh()
                .withTrunkTo(COMPANY_PORT, "[+]1555[0-9]*")
                .with("HOLDSLAYER_SIP_DEVICES", "alice:alice-secret")
                .start();
    }

    @AfterAll
    void stopGateway() {
        gateway.stop();
    }

    @Test
    void malformedSipIsAnsweredOrDroppedAndANormalCallStillSucceeds() throws Exception {
        int badRequests = 0;
        try (DatagramSocket socket = new DatagramSocket(17990, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(1);
            SipFuzzer fuzzer = new SipFuzzer(20261121L, gateway.sipPort());
            byte[] buffer = new byte[65536];
            for (byte[] message : fuzzer.batch(FUZZ_MESSAGES)) {
                socket.send(new DatagramPacket(message, message.length, InetAddress.getLoopbackAddress(), gateway.sipPort()));
                badRequests += drain(socket, buffer);
            }
            socket.setSoTimeout(200);
            badRequests += drain(socket, buffer);
        }
        SipFuzzer overTcp = new SipFuzzer(42L, gateway.sipPort());
        for (byte[] message : overTcp.batch(200)) {
            try (Socket tcp = new Socket("127.0.0.1", gateway.sipPort())) {
                tcp.setSoTimeout(200);
                OutputStream out = tcp.getOutputStream();
                out.write(message);
                out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                try {
                    tcp.getInputStream().read(new byte[4096]);
                } catch (SocketTimeoutException quiet) {
                    // dropped: fine
                }
            } catch (IOException closedByTheGateway) {
                // a connection carrying garbage may be closed: fine
            }
        }
        assertTrue(badRequests > 100, "malformed requests with a usable Via are answered 400; got " + badRequests);
        assertCallSucceeds();
        String log = Files.readString(serverLog());
        assertEquals(0L, countLines(log, "\tat io.holdslayer"), "stack traces of ours in server.log");
        assertEquals(0L, countLines(log, "\tat gov.nist"), "stack traces of the stack in server.log");
    }

    @Test
    void redeployingTheEarTwiceKeepsTheSipPortWorking() throws Exception {
        for (int round = 0; round < 2; round++) {
            Process cli = new ProcessBuilder(jbossHome().resolve("bin/jboss-cli.sh").toString(), "--connect",
                    "--controller=127.0.0.1:" + (9990 + HTTP_PORT - 8080),
                    "--command=/deployment=holdslayer.ear:redeploy")
                    .redirectErrorStream(true).start();
            String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(cli.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, cli.exitValue(), output);
            assertTrue(output.contains("success"), output);
            awaitSipAnswers200();
        }
        String log = Files.readString(serverLog());
        assertTrue(countLines(log, "SIP connector started") >= 3, "the adapter restarted on each redeploy");
        assertEquals(0L, countLines(log, "Address already in use"), "the ports were released");
        assertCallSucceeds();
    }

    private void assertCallSucceeds() {
        try (Sipp company = Sipp.start("robust-company", "company-answers.xml", COMPANY_PORT, "-m", "1")) {
            var placed = gateway.send("POST", "/api/calls", "{\"number\":\"+15551234567\"}");
            assertEquals(201, placed.statusCode(), placed.body());
            String id = Gateway.json(placed.body()).getString("id");
            gateway.awaitEvent("CALL_CONNECTED", id, Duration.ofSeconds(20));
            assertEquals(204, gateway.send("DELETE", "/api/calls/" + id, null).statusCode());
            assertEquals(0, company.await(Duration.ofSeconds(20)), company.report());
        }
    }

    private void awaitSipAnswers200() throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        try (DatagramSocket socket = new DatagramSocket(17991, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(1000);
            while (System.currentTimeMillis() < deadline) {
                String options = "OPTIONS sip:127.0.0.1:" + gateway.sipPort() + " SIP/2.0\r\n"
                        + "Via: SIP/2.0/UDP 127.0.0.1:17991;rport;branch=z9hG4bK" + System.nanoTime() + "\r\n"
                        + "Max-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=1\r\nTo: <sip:gw@127.0.0.1>\r\n"
                        + "Call-ID: probe-" + System.nanoTime() + "\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
                byte[] bytes = options.getBytes(StandardCharsets.US_ASCII);
                socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), gateway.sipPort()));
                try {
                    DatagramPacket answer = new DatagramPacket(new byte[4096], 4096);
                    socket.receive(answer);
                    if (new String(answer.getData(), 0, answer.getLength(), StandardCharsets.US_ASCII)
                            .startsWith("SIP/2.0 200")) {
                        return;
                    }
                } catch (SocketTimeoutException notYet) {
                    // still deploying
                }
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the SIP port did not answer OPTIONS with 200 after the redeploy");
    }

    private static int drain(DatagramSocket socket, byte[] buffer) throws IOException {
        int badRequests = 0;
        while (true) {
            try {
                DatagramPacket answer = new DatagramPacket(buffer, buffer.length);
                socket.receive(answer);
                if (new String(answer.getData(), 0, Math.min(answer.getLength(), 12), StandardCharsets.US_ASCII)
                        .equals("SIP/2.0 400 ")) {
                    badRequests++;
                }
            } catch (SocketTimeoutException none) {
                return badRequests;
            }
        }
    }

    private Path serverLog() {
        return gateway.dataDir().resolve("server/log/server.log");
    }

    private static Path jbossHome() {
        return Path.of(System.getProperty("holdslayer.jboss.home"));
    }

    static long countLines(String text, String needle) {
        return text.lines().filter(line -> line.contains(needle)).count();
    }
}
