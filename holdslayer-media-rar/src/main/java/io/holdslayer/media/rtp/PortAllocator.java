package io.holdslayer.media.rtp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.BitSet;

/**
 * Hands out RTP/RTCP port pairs (even RTP port, RTCP on the next port) from a range, binding both sockets
 * before it answers. A pair that cannot be bound (another process, or the application server's own ports which
 * may lie inside the range) is skipped, so the allocator never fails while any pair of the range is free.
 * The cursor moves on after each allocation so that a just-released port is not reused at once (late packets
 * of the old call would land in the new one).
 */
public final class PortAllocator {

    /** Two bound, non-blocking channels. */
    public record PortPair(int rtpPort, DatagramChannel rtp, DatagramChannel rtcp) {
    }

    private final InetAddress bindAddress;
    private final int min;
    private final int pairs;
    private final BitSet inUse;
    private int cursor;

    public PortAllocator(InetAddress bindAddress, int rtpPortMin, int rtpPortMax) {
        if (rtpPortMin % 2 != 0 || rtpPortMax <= rtpPortMin) {
            throw new IllegalArgumentException("port range must start even and hold a pair: " + rtpPortMin + "-"
                    + rtpPortMax);
        }
        this.bindAddress = bindAddress;
        this.min = rtpPortMin;
        this.pairs = (rtpPortMax - rtpPortMin + 1) / 2;
        this.inUse = new BitSet(pairs);
    }

    /** @throws IOException when no pair of the range can be bound */
    public synchronized PortPair allocate() throws IOException {
        for (int tried = 0; tried < pairs; tried++) {
            int index = cursor;
            cursor = (cursor + 1) % pairs;
            if (inUse.get(index)) {
                continue;
            }
            PortPair pair = tryBind(min + 2 * index);
            if (pair != null) {
                inUse.set(index);
                return pair;
            }
        }
        throw new IOException("no free RTP/RTCP port pair in " + min + "-" + (min + 2 * pairs - 1) + " on "
                + bindAddress.getHostAddress());
    }

    public synchronized void release(PortPair pair) {
        closeQuietly(pair.rtp());
        closeQuietly(pair.rtcp());
        inUse.clear((pair.rtpPort() - min) / 2);
    }

    public synchronized int inUse() {
        return inUse.cardinality();
    }

    private PortPair tryBind(int port) {
        DatagramChannel rtp = null;
        try {
            rtp = open(port);
            DatagramChannel rtcp = open(port + 1);
            return new PortPair(port, rtp, rtcp);
        } catch (IOException e) {
            closeQuietly(rtp);
            return null;
        }
    }

    private DatagramChannel open(int port) throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        try {
            channel.configureBlocking(false);
            channel.bind(new InetSocketAddress(bindAddress, port));
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    private static void closeQuietly(DatagramChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a UDP socket cannot fail in a way that matters here
            }
        }
    }
}
