package io.holdslayer.media.bench;

import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.media.codec.G711Codec;
import io.holdslayer.media.rtp.RtpPacket;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * Streams PCMU to many RTP ports on loopback, 20 ms per packet per port, the ports' phases spread over the
 * 20 ms. Protocol on stdin/stdout: prints {@code PORT <p>} (its own UDP port), reads one line
 * {@code PORTS a,b,c...}, streams until stdin closes. Packets sent back to it are read and discarded.
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    public static void main(String[] args) throws IOException {
        byte[] audio = pcmu(args.length > 0 ? Path.of(args[0]) : null);
        try (DatagramChannel channel = DatagramChannel.open()) {
            channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            channel.configureBlocking(false);
            channel.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 4 << 20);
            channel.setOption(java.net.StandardSocketOptions.SO_SNDBUF, 4 << 20);
            System.out.println("PORT " + ((InetSocketAddress) channel.getLocalAddress()).getPort());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
            String line = in.readLine();
            if (line == null || !line.startsWith("PORTS ")) {
                return;
            }
            int[] ports = Arrays.stream(line.substring(6).split(",")).mapToInt(Integer::parseInt).toArray();
            Thread streamer = new Thread(() -> stream(channel, ports, audio), "load-generator");
            streamer.setDaemon(true);
            streamer.start();
            while (in.read() >= 0) {
                // runs until the driver closes stdin
            }
        }
    }

    private static void stream(DatagramChannel channel, int[] ports, byte[] audio) {
        InetSocketAddress[] targets = new InetSocketAddress[ports.length];
        for (int i = 0; i < ports.length; i++) {
            targets[i] = new InetSocketAddress(InetAddress.getLoopbackAddress(), ports[i]);
        }
        byte[] packet = new byte[12 + 160];
        ByteBuffer out = ByteBuffer.wrap(packet);
        ByteBuffer sink = ByteBuffer.allocate(2048);
        long start = System.nanoTime();
        for (long ms = 0; ; ms++) {
            int phase = (int) (ms % 20);
            long frame = ms / 20;
            for (int i = phase; i < ports.length; i += 20) {
                int offset = (int) ((frame * 160 + i * 800L) % (audio.length - 160));
                RtpPacket.writeHeader(packet, frame == 0, 0, (int) (frame & 0xFFFF), frame * 160, 1000 + i);
                System.arraycopy(audio, offset, packet, 12, 160);
                out.clear();
                try {
                    channel.send(out, targets[i]);
                } catch (IOException e) {
                    return;
                }
            }
            try {
                while (channel.receive(sink.clear()) != null) {
                    // the engine's packets back to us are not measured here
                }
            } catch (IOException e) {
                return;
            }
            LockSupport.parkNanos(start + (ms + 1) * 1_000_000L - System.nanoTime());
        }
    }

    /** The audio to stream, as PCMU: a recording if given (hold music), else a two-tone warble. */
    private static byte[] pcmu(Path file) throws IOException {
        short[] samples;
        if (file != null) {
            samples = AudioFiles.read(file).samples();
        } else {
            samples = new short[8000 * 10];
            for (int i = 0; i < samples.length; i++) {
                double hz = (i / 4000) % 2 == 0 ? 440 : 620;
                samples[i] = (short) (6000 * Math.sin(2 * Math.PI * hz * i / 8000));
            }
        }
        byte[] encoded = new byte[samples.length];
        G711Codec.PCMU.encode(samples, 0, samples.length, encoded, 0);
        return encoded;
    }
}
