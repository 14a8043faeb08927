package io.holdslayer.media.engine;

import io.holdslayer.media.codec.G711Codec;
import io.holdslayer.media.rtp.RtpPacket;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal RTP endpoint on a plain UDP socket for engine tests: it can send a PCMU tone every 20 ms to a
 * leg and records every packet the leg sends it. Not a SIP peer: tests with SIPp and baresip cover those.
 */
final class RawRtpPeer implements AutoCloseable {

    record Received(int sequence, long timestamp, int payloadType, boolean marker, short[] samples, byte[] payload) {
    }

    final DatagramSocket socket;
    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile Thread sender;
    private volatile boolean open = true;

    RawRtpPeer() throws IOException {
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(100);
        reader = new Thread(this::read, "raw-rtp-peer");
        reader.setDaemon(true);
        reader.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    String offer(String direction, String formats) {
        return "v=0\r\no=peer 1 1 IN IP4 127.0.0.1\r\ns=peer\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio " + port() + " RTP/AVP " + formats + "\r\na=rtpmap:0 PCMU/8000\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\na=" + direction + "\r\n";
    }

    private void read() {
        byte[] buffer = new byte[2048];
        RtpPacket packet = new RtpPacket();
        while (open) {
            DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(datagram);
            } catch (SocketTimeoutException e) {
                continue;
            } catch (IOException e) {
                return;
            }
            if (packet.parse(buffer, datagram.getLength()) == null) {
                short[] samples = new short[packet.payloadLength()];
                G711Codec codec = G711Codec.forPayloadType(packet.payloadType());
                if (codec != null) {
                    codec.decode(buffer, packet.payloadOffset(), samples.length, samples, 0);
                }
                byte[] payload = java.util.Arrays.copyOfRange(buffer, packet.payloadOffset(),
                        packet.payloadOffset() + packet.payloadLength());
                received.add(new Received(packet.sequence(), packet.timestamp(), packet.payloadType(),
                        packet.marker(), samples, payload));
            }
        }
    }

    /** Sends a PCMU sine every 20 ms to the port until stopped. */
    void sendTone(int port, double hz) {
        stopSending();
        Thread thread = new Thread(() -> {
            byte[] packet = new byte[12 + 160];
            short[] frame = new short[160];
            long next = System.nanoTime();
            for (int n = 0; open && sender == Thread.currentThread(); n++) {
                for (int i = 0; i < 160; i++) {
                    frame[i] = (short) (8000 * Math.sin(2 * Math.PI * hz * (n * 160 + i) / 8000));
                }
                RtpPacket.writeHeader(packet, n == 0, 0, n & 0xFFFF, 160L * n, 0x51);
                G711Codec.PCMU.encode(frame, 0, 160, packet, 12);
                send(packet, packet.length, port);
                next += 20_000_000;
                java.util.concurrent.locks.LockSupport.parkNanos(next - System.nanoTime());
            }
        }, "raw-rtp-tone");
        thread.setDaemon(true);
        sender = thread;
        thread.start();
    }

    /** Sends recorded samples as PCMU every 20 ms, then stops. */
    void sendSamples(int port, short[] samples) {
        stopSending();
        Thread thread = new Thread(() -> {
            byte[] packet = new byte[12 + 160];
            long next = System.nanoTime();
            for (int n = 0; open && sender == Thread.currentThread() && (n + 1) * 160 <= samples.length; n++) {
                RtpPacket.writeHeader(packet, n == 0, 0, n & 0xFFFF, 160L * n, 0x52);
                G711Codec.PCMU.encode(samples, n * 160, 160, packet, 12);
                send(packet, packet.length, port);
                next += 20_000_000;
                java.util.concurrent.locks.LockSupport.parkNanos(next - System.nanoTime());
            }
        }, "raw-rtp-samples");
        thread.setDaemon(true);
        sender = thread;
        thread.start();
    }

    void stopSending() {
        Thread current = sender;
        sender = null;
        if (current != null) {
            try {
                current.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void send(byte[] bytes, int length, int port) {
        try {
            socket.send(new DatagramPacket(bytes, length, new InetSocketAddress(InetAddress.getLoopbackAddress(), port)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        open = false;
        stopSending();
        socket.close();
    }
}
