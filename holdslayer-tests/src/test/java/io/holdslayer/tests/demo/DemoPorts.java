package io.holdslayer.tests.demo;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Free ports on loopback for the demo's gateway and phone. */
final class DemoPorts {

    private DemoPorts() {
    }

    /**
     * The first HTTP port of 8080, 8180, … 9980 whose gateway would find its HTTP, HTTPS and management ports
     * (they move with it) and its SIP port (HTTP port - 3020, UDP and TCP) free.
     */
    static int gatewayHttpPort() {
        for (int http = 8080; http < 10000; http += 100) {
            int offset = http - 8080;
            if (tcpFree(http) && tcpFree(8443 + offset) && tcpFree(9990 + offset) && tcpFree(9993 + offset)
                    && udpFree(http - 3020) && tcpFree(http - 3020)) {
                return http;
            }
        }
        throw new IllegalStateException("no free HTTP port among 8080, 8180, … 9980; pass --port");
    }

    /** A port free for both UDP and TCP, for a SIP user agent. */
    static int sipPort() {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
                int port = socket.getLocalPort();
                socket.close();
                if (tcpFree(port)) {
                    return port;
                }
            } catch (IOException e) {
                // try another
            }
        }
        throw new IllegalStateException("no free port for the phone");
    }

    static boolean tcpFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean udpFree(int port) {
        try (DatagramSocket ignored = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
