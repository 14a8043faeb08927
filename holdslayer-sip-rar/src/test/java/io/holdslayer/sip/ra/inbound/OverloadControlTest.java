package io.holdslayer.sip.ra.inbound;

import io.holdslayer.api.sip.SipMessageListener;
import io.holdslayer.sip.ra.SipResourceAdapter;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import org.junit.jupiter.api.Test;

import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.transaction.xa.XAResource;
import java.lang.reflect.Method;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real stack over UDP; the application is a stand-in endpoint that holds its threads until released. */
class OverloadControlTest {

    /** UDP only, {@code threads} stack threads, overload control at two threads busy in the application. */
    private static SipResourceAdapter udpAdapter(int port, int threads) {
        SipResourceAdapter adapter = new SipResourceAdapter();
        adapter.setPort(port);
        adapter.setTransports("udp");
        adapter.setThreads(threads);
        adapter.setOverloadLimit("2");
        return adapter;
    }

    /** Activates the application and sends two INVITEs that it holds on to, each on a stack thread. */
    private static void occupyTwoThreads(SipResourceAdapter adapter, HoldingApplication application,
                                         DatagramSocket peer, int port) throws Exception {
        adapter.endpointActivation(application, spec());
        peer.setSoTimeout(5000);
        send(peer, port, invite(port, peer.getLocalPort(), "busy-1", null));
        send(peer, port, invite(port, peer.getLocalPort(), "busy-2", null));
        assertTrue(application.holding.await(5, TimeUnit.SECONDS), "the application holds two stack threads");
    }

    @Test
    void aNewInviteGets503WithRetryAfterWhileTheApplicationHoldsTheLimitOfThreads() throws Exception {
        int port = freePort();
        SipResourceAdapter adapter = udpAdapter(port, 4);
        adapter.setOverloadRetryAfter(7);
        HoldingApplication application = new HoldingApplication(2);
        adapter.start(null);
        try (DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            occupyTwoThreads(adapter, application, peer, port);
            send(peer, port, invite(port, peer.getLocalPort(), "burst", null));
            assertTrue(application.burstDelivered.await(5, TimeUnit.SECONDS),
                    "a burst shorter than T1 is still delivered");
            Thread.sleep(600);

            send(peer, port, invite(port, peer.getLocalPort(), "refused", null));
            String answer = receive(peer);

            assertTrue(answer.startsWith("SIP/2.0 503"), "saturated for more than T1: " + answer);
            assertTrue(answer.contains("Call-ID: refused"), answer);
            assertTrue(answer.matches("(?s).*\r\nRetry-After: 7\r\n.*"), answer);
            assertTrue(answer.matches("(?s).*\r\nTo: [^\r]*;tag=\\w+\r\n.*"), "a final answer carries a To tag: " + answer);

            send(peer, port, invite(port, peer.getLocalPort(), "in-dialog", "peer-tag"));
            assertTrue(application.inDialogDelivered.await(5, TimeUnit.SECONDS),
                    "requests within a dialog still reach the application");
            application.release.countDown();
            application.releaseSecond.countDown();
            Thread.sleep(200);
            send(peer, port, invite(port, peer.getLocalPort(), "after", null));
            assertTrue(application.afterDelivered.await(5, TimeUnit.SECONDS), "new calls are taken again");
            assertTrue(adapter.status().detail().contains("1 INVITEs refused"), adapter.status().detail());
        } finally {
            application.release.countDown();
            application.releaseSecond.countDown();
            adapter.stop();
        }
    }

    @Test
    void newInvitesThatFindMessagesWaitingLongerThanTheQueueLimitGet503() throws Exception {
        int port = freePort();
        SipResourceAdapter adapter = udpAdapter(port, 2);
        adapter.setOverloadQueueMillis(100);
        HoldingApplication application = new HoldingApplication(2);
        adapter.start(null);
        try (DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            occupyTwoThreads(adapter, application, peer, port);
            for (String queued : new String[]{"q1", "q2", "q3"}) {
                send(peer, port, invite(port, peer.getLocalPort(), queued, null));
            }
            Thread.sleep(300);
            application.release.countDown();

            String first = receive(peer);
            String second = receive(peer);
            assertTrue(first.startsWith("SIP/2.0 503") && first.contains("Call-ID: q1"), first);
            assertTrue(second.startsWith("SIP/2.0 503") && second.contains("Call-ID: q2"), second);
            long end = System.currentTimeMillis() + 5000;
            while (!application.delivered.contains("q3") && System.currentTimeMillis() < end) {
                Thread.sleep(20);
            }
            assertTrue(application.delivered.contains("q3"), "the last one found the queue empty: "
                    + application.delivered);
            assertTrue(!application.delivered.contains("q1") && !application.delivered.contains("q2"));
        } finally {
            application.release.countDown();
            application.releaseSecond.countDown();
            adapter.stop();
        }
    }

    @Test
    void zeroTurnsOverloadControlOff() throws Exception {
        SipResourceAdapter adapter = new SipResourceAdapter();
        adapter.setThreads(4);
        adapter.setOverloadLimit("0");
        assertEquals(0, adapter.settings().overloadLimit());
        adapter.setOverloadLimit("");
        assertEquals(3, adapter.settings().overloadLimit(), "three quarters of the threads by default");
        adapter.setOverloadLimit("5");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(Exception.class, adapter::settings).getMessage()
                .contains("overloadLimit must lie within 0-4"));
    }

    private static SipActivationSpec spec() {
        SipActivationSpec spec = new SipActivationSpec();
        spec.setMethods("*");
        return spec;
    }

    private static String invite(int port, int from, String callId, String toTag) {
        return "INVITE sip:+15551234567@127.0.0.1:" + port + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + from + ";rport;branch=z9hG4bK" + callId + System.nanoTime() + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:device@127.0.0.1>;tag=device-tag\r\n"
                + "To: <sip:+15551234567@127.0.0.1>" + (toTag == null ? "" : ";tag=" + toTag) + "\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: 1 INVITE\r\n"
                + "Contact: <sip:device@127.0.0.1:" + from + ">\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    private static void send(DatagramSocket socket, int port, String message) throws Exception {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
    }

    private static String receive(DatagramSocket socket) throws Exception {
        DatagramPacket answer = new DatagramPacket(new byte[4096], 4096);
        socket.receive(answer);
        return new String(answer.getData(), 0, answer.getLength(), StandardCharsets.UTF_8);
    }

    private static int freePort() throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                 ServerSocket tcp = new ServerSocket(udp.getLocalPort(), 1, InetAddress.getLoopbackAddress())) {
                return udp.getLocalPort();
            } catch (java.io.IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port");
    }

    /** Holds the threads of the first calls until released; counts what else arrives. */
    private static final class HoldingApplication implements MessageEndpointFactory {
        final CountDownLatch holding;
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch releaseSecond = new CountDownLatch(1);
        final java.util.Set<String> delivered = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final CountDownLatch inDialogDelivered = new CountDownLatch(1);
        final CountDownLatch afterDelivered = new CountDownLatch(1);
        final CountDownLatch burstDelivered = new CountDownLatch(1);

        HoldingApplication(int held) {
            holding = new CountDownLatch(held);
        }

        private final class Endpoint implements MessageEndpoint, SipMessageListener {
            @Override
            public void onRequest(RequestEvent event) {
                String callId = ((javax.sip.header.CallIdHeader) event.getRequest().getHeader("Call-ID")).getCallId();
                switch (callId) {
                    case "busy-1", "busy-2" -> {
                        holding.countDown();
                        try {
                            (callId.equals("busy-1") ? release : releaseSecond).await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    case "in-dialog" -> inDialogDelivered.countDown();
                    case "burst" -> burstDelivered.countDown();
                    case "after" -> afterDelivered.countDown();
                    default -> { }
                }
                delivered.add(callId);
            }

            @Override
            public void onResponse(ResponseEvent event) {
            }

            @Override
            public void onTimeout(TimeoutEvent event) {
            }

            @Override
            public void beforeDelivery(Method method) {
            }

            @Override
            public void afterDelivery() {
            }

            @Override
            public void release() {
            }
        }

        @Override
        public MessageEndpoint createEndpoint(XAResource resource) {
            return new Endpoint();
        }

        @Override
        public MessageEndpoint createEndpoint(XAResource resource, long timeout) {
            return new Endpoint();
        }

        @Override
        public boolean isDeliveryTransacted(Method method) {
            return false;
        }

        @Override
        public String getActivationName() {
            return "holding";
        }

        @Override
        public Class<?> getEndpointClass() {
            return Endpoint.class;
        }
    }
}
