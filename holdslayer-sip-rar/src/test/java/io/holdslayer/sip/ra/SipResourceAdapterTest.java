package io.holdslayer.sip.ra;

import io.holdslayer.api.sip.SipConnectorNames;
import jakarta.resource.spi.ResourceAdapterInternalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipResourceAdapterTest {

    @Test
    void listensOnUdpAndTcpAndAnswers503WhileNoBeanSubscribes() throws Exception {
        int port = freePort();
        SipResourceAdapter adapter = adapterOn(port);
        assertFalse(adapter.status().up());

        adapter.start(null);
        try {
            assertTrue(adapter.status().up(), adapter.status().detail());
            assertTrue(overUdp(port, options(port, "udp")).startsWith("SIP/2.0 503"));
            assertTrue(overStream(new Socket("127.0.0.1", port), options(port, "tcp")).startsWith("SIP/2.0 503"));
        } finally {
            adapter.stop();
        }
        assertFalse(adapter.status().up());
    }

    @Test
    void stopReleasesThePortsSoTheAdapterStartsAgain() throws Exception {
        int port = freePort();
        SipResourceAdapter adapter = adapterOn(port);
        for (int round = 0; round < 3; round++) {
            adapter.start(null);
            assertTrue(overUdp(port, options(port, "udp")).startsWith("SIP/2.0 503"));
            adapter.stop();
        }
    }

    @Test
    void answersTlsWithModernProtocolsWhenAKeystoreIsConfigured(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("sip.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "sip", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit")
                .inheritIO().start();
        assertEquals(0, keytool.waitFor());
        int port = freePort();
        SipResourceAdapter adapter = adapterOn(port);
        adapter.setTlsKeystore(keystore.toString());
        adapter.setTlsKeystorePassword("changeit");
        adapter.start(null);
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{new TrustingManager()}, null);
            SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port + 1);
            socket.setEnabledProtocols(new String[]{"TLSv1.3"});
            socket.startHandshake();
            assertEquals("TLSv1.3", socket.getSession().getProtocol());
            assertTrue(overStream(socket, options(port + 1, "tls")).startsWith("SIP/2.0 503"));
        } finally {
            adapter.stop();
        }
    }

    @Test
    void refusesToStartWithAClearMessage() {
        SipResourceAdapter adapter = new SipResourceAdapter();
        adapter.setTransports("udp sctp");

        ResourceAdapterInternalException e = assertThrows(ResourceAdapterInternalException.class,
                () -> adapter.start(null));

        assertTrue(e.getMessage().contains("unknown transport 'sctp'"), e.getMessage());
        adapter.setTransports("udp");
        adapter.setPort(70000);
        assertTrue(assertThrows(ResourceAdapterInternalException.class, () -> adapter.start(null))
                .getMessage().contains("port must lie within 1-65535"));
        adapter.setPort(5060);
        adapter.setTransports("udp tls");
        assertTrue(assertThrows(ResourceAdapterInternalException.class, () -> adapter.start(null))
                .getMessage().contains("transport 'tls' needs a keystore"));
    }

    @Test
    void defaultsAreUdpAndTcpOnLoopback() throws Exception {
        assertEquals(new SipSettings(5060, "127.0.0.1", List.of("udp", "tcp")), new SipResourceAdapter().settings());
    }

    @Test
    void transportsMayBeSeparatedBySpacesOrCommas() {
        assertEquals(List.of("udp", "tcp", "tls"), SipSettings.parseTransports(" UDP, tcp tls "));
    }

    @Test
    void ironjacamarBindsTheFactoryUnderTheNameTheApplicationLooksUp() throws Exception {
        String descriptor = Files.readString(Path.of("src/main/rar/META-INF/ironjacamar.xml"));

        assertTrue(descriptor.contains("jndi-name=\"" + SipConnectorNames.CONNECTION_FACTORY + "\""));
    }

    private static SipResourceAdapter adapterOn(int port) {
        SipResourceAdapter adapter = new SipResourceAdapter();
        adapter.setPort(port);
        adapter.setThreads(2);
        return adapter;
    }

    static int freePort() throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                int port = udp.getLocalPort();
                if (port < 65000) {
                    try (java.net.ServerSocket tcp = new java.net.ServerSocket(port, 1, InetAddress.getLoopbackAddress());
                         java.net.ServerSocket tls = new java.net.ServerSocket(port + 1, 1, InetAddress.getLoopbackAddress())) {
                        return port;
                    } catch (java.io.IOException taken) {
                        // try another
                    }
                }
            }
        }
        throw new IllegalStateException("no free port pair");
    }

    static String options(int port, String transport) {
        return "OPTIONS sip:gateway@127.0.0.1:" + port + " SIP/2.0\r\n"
                + "Via: SIP/2.0/" + transport.toUpperCase() + " 127.0.0.1:5999;rport;branch=z9hG4bK" + System.nanoTime() + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:test@127.0.0.1>;tag=1\r\n"
                + "To: <sip:gateway@127.0.0.1>\r\n"
                + "Call-ID: " + System.nanoTime() + "@test\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    static String overUdp(int port, String message) throws Exception {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(5000);
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
            DatagramPacket answer = new DatagramPacket(new byte[4096], 4096);
            socket.receive(answer);
            return new String(answer.getData(), 0, answer.getLength(), StandardCharsets.UTF_8);
        }
    }

    static String overStream(Socket socket, String message) throws Exception {
        try (socket) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            int read = in.read(buffer);
            return new String(buffer, 0, Math.max(read, 0), StandardCharsets.UTF_8);
        }
    }

    private static final class TrustingManager implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
