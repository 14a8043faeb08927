package io.holdslayer.sip.ra.jainsip;

import gov.nist.javax.sip.ListeningPointImpl;
import gov.nist.javax.sip.stack.DatagramQueuedMessageDispatch;
import gov.nist.javax.sip.stack.UDPMessageProcessor;

import javax.sip.ListeningPoint;
import java.lang.reflect.Field;
import java.util.Queue;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * How long the oldest datagram has been waiting in the stack's UDP queue for a listener thread: the direct sign
 * that the stack is behind, whether its threads are busy in the application or blocked inside the stack. The RI
 * keeps the queue in a protected field with no accessor, so it is read by reflection; when that fails (another
 * RI version) the delay reads 0 and overload control falls back to counting busy threads.
 */
final class UdpQueueDelay implements LongSupplier {

    private static final Logger LOG = Logger.getLogger(UdpQueueDelay.class.getName());

    private final Queue<?> queue;

    private UdpQueueDelay(Queue<?> queue) {
        this.queue = queue;
    }

    static LongSupplier of(ListeningPoint point) {
        try {
            UDPMessageProcessor processor = (UDPMessageProcessor) ((ListeningPointImpl) point).getMessageProcessor();
            Field field = UDPMessageProcessor.class.getDeclaredField("messageQueue");
            field.setAccessible(true);
            return new UdpQueueDelay((Queue<?>) field.get(processor));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning("cannot read the SIP stack's UDP queue (" + e + "); overload control counts busy threads only");
            return () -> 0;
        }
    }

    /** Milliseconds the head of the queue has waited, 0 when the queue is empty. */
    @Override
    public long getAsLong() {
        Object head = queue.peek();
        return head instanceof DatagramQueuedMessageDispatch dispatch
                ? Math.max(0, System.currentTimeMillis() - dispatch.getReceptionTime()) : 0;
    }
}
