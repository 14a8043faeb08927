package io.holdslayer.media.tap;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameQueueTest {

    @Test
    void aStuckConsumerCostsDroppedFramesNotABlockedProducer() throws Exception {
        ExecutorService workers = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        List<Short> seen = new CopyOnWriteArrayList<>();
        CountDownLatch closed = new CountDownLatch(1);
        FrameQueue queue = new FrameQueue(10, 160, workers, new FrameQueue.Consumer() {
            @Override
            public void consume(short[] frame) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(frame[0]);
            }

            @Override
            public void closed() {
                closed.countDown();
            }
        });
        short[] frame = new short[160];
        long started = System.nanoTime();
        for (short i = 0; i < 1000; i++) {
            frame[0] = i;
            queue.offer(frame, null);
        }
        long micros = (System.nanoTime() - started) / 1000;

        assertTrue(micros < 200_000, "offering never waits: " + micros + " us");
        assertEquals(1000 - 10, queue.dropped(), "ten buffers: one being consumed plus nine queued, then drops");
        release.countDown();
        queue.close();
        assertTrue(closed.await(2, TimeUnit.SECONDS));
        assertEquals(10, seen.size());
        assertEquals(List.of((short) 0, (short) 1, (short) 2), seen.subList(0, 3), "in order");
        workers.shutdown();
    }
}
