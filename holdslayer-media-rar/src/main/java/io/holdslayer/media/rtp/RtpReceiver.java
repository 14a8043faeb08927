package io.holdslayer.media.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One thread that reads every RTP and RTCP socket of the engine through a selector, stamping each datagram with
 * its arrival time (which the jitter statistics need) and handing it to the channel's handler. Channels are
 * registered from other threads through a queue the selector thread drains; closing the selector on
 * {@link #stop} deregisters every channel, so their ports are really released.
 */
public final class RtpReceiver implements Runnable {

    private static final Logger LOG = Logger.getLogger(RtpReceiver.class.getName());

    private record Registration(DatagramChannel channel, DatagramHandler handler) {
    }

    private final Selector selector;
    private final Queue<Registration> pending = new ConcurrentLinkedQueue<>();
    private final ByteBuffer buffer = ByteBuffer.allocate(2048);
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long datagrams;

    public RtpReceiver(ThreadFactory threads) throws IOException {
        selector = Selector.open();
        thread = threads.newThread(this);
        thread.setName("holdslayer-media-rtp-receiver");
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    public void register(DatagramChannel channel, DatagramHandler handler) {
        pending.add(new Registration(channel, handler));
        selector.wakeup();
    }

    /** Lets the selector forget closed channels now, so that their ports are free again. */
    public void channelsClosed() {
        selector.wakeup();
    }

    @Override
    public void run() {
        try {
            while (running) {
                selector.select(1000);
                registerPending();
                for (SelectionKey key : selector.selectedKeys()) {
                    drain(key);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException e) {
            if (running) {
                LOG.log(Level.SEVERE, "RTP receiver stopped unexpectedly", e);
            }
        }
    }

    private void registerPending() {
        for (Registration r = pending.poll(); r != null; r = pending.poll()) {
            try {
                r.channel().register(selector, SelectionKey.OP_READ, r.handler());
            } catch (IOException | RuntimeException e) {
                LOG.fine(() -> "channel closed before it could be registered: " + e);
            }
        }
    }

    private void drain(SelectionKey key) {
        DatagramChannel channel = (DatagramChannel) key.channel();
        DatagramHandler handler = (DatagramHandler) key.attachment();
        for (int i = 0; i < 64 && key.isValid(); i++) {
            buffer.clear();
            InetSocketAddress source;
            try {
                source = (InetSocketAddress) channel.receive(buffer);
            } catch (IOException e) {
                return;
            }
            if (source == null) {
                return;
            }
            datagrams++;
            try {
                handler.datagram(buffer.array(), buffer.position(), source, System.nanoTime());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "datagram handler failed; packet dropped", e);
            }
        }
    }

    public long datagrams() {
        return datagrams;
    }

    /** Stops the thread and closes the selector (which deregisters every channel). */
    public void stop() {
        running = false;
        selector.wakeup();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            selector.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "selector close", e);
        }
    }
}
