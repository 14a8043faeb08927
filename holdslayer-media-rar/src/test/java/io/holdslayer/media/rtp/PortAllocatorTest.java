package io.holdslayer.media.rtp;

import org.junit.jupiter.api.Test;

import java.net.DatagramSocket;
import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortAllocatorTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void skipsPairsSomeoneElseHoldsAndFailsOnlyWhenTheRangeIsFull() throws Exception {
        int base = 39000 + (int) (ProcessHandle.current().pid() % 50) * 10;
        PortAllocator allocator = new PortAllocator(LOOPBACK, base, base + 5);
        try (DatagramSocket squatter = new DatagramSocket(base + 1, LOOPBACK)) {
            PortAllocator.PortPair first = allocator.allocate();
            PortAllocator.PortPair second = allocator.allocate();

            assertEquals(base + 2, first.rtpPort(), "the pair whose RTCP port is taken is skipped");
            assertEquals(base + 4, second.rtpPort());
            assertTrue(assertThrows(java.io.IOException.class, allocator::allocate).getMessage()
                    .contains("no free RTP/RTCP port pair"));

            allocator.release(first);
            assertEquals(base + 2, allocator.allocate().rtpPort());
            assertEquals(2, allocator.inUse());
        }
    }

    @Test
    void refusesAnOddStart() {
        assertThrows(IllegalArgumentException.class, () -> new PortAllocator(LOOPBACK, 30001, 30010));
    }
}
