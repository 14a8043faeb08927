package io.holdslayer.media.rtp;

import java.net.InetSocketAddress;

/** Receives the datagrams of one channel on the receiver thread; the buffer is reused after it returns. */
public interface DatagramHandler {

    void datagram(byte[] buffer, int length, InetSocketAddress source, long arrivalNanos);
}
