package io.holdslayer.media.dtmf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Rfc4733SenderTest {

    private record Sent(boolean marker, long timestamp, int event, boolean end, int duration) {
    }

    private static List<Sent> run(Rfc4733Sender sender, int ticks) {
        List<Sent> sent = new ArrayList<>();
        long timestamp = 1000;
        byte[] payload = new byte[4];
        for (int i = 0; i < ticks; i++, timestamp += 160) {
            if (sender.tick(timestamp) == Rfc4733Sender.Step.EVENT) {
                sender.write(payload, 0);
                sent.add(new Sent(sender.marker(), sender.timestamp(), payload[0], (payload[1] & 0x80) != 0,
                        (payload[2] & 0xFF) << 8 | payload[3] & 0xFF));
            } else {
                sent.add(null);
            }
        }
        return sent;
    }

    @Test
    void oneEventWithGrowingDurationMarkerFirstAndThreeEndPackets() {
        Rfc4733Sender sender = new Rfc4733Sender(100, 60);
        sender.enqueue("#");
        List<Sent> sent = run(sender, 12);

        assertEquals(new Sent(true, 1000, 11, false, 160), sent.get(0));
        assertEquals(new Sent(false, 1000, 11, false, 640), sent.get(3));
        for (int i = 4; i < 7; i++) {
            assertEquals(new Sent(false, 1000, 11, true, 800), sent.get(i), "end packet " + i);
        }
        assertEquals(null, sent.get(7), "audio again in the pause");
        assertTrue(!sender.busy() || sent.subList(7, 12).stream().allMatch(s -> s == null));
    }

    @Test
    void digitsFollowEachOtherWithTheirOwnTimestampsAfterAPause() {
        Rfc4733Sender sender = new Rfc4733Sender(100, 60);
        sender.enqueue("12");
        List<Sent> sent = run(sender, 25);

        Sent second = sent.stream().filter(s -> s != null && s.event() == 2).findFirst().orElseThrow();
        assertTrue(second.marker());
        assertEquals(1000 + 160 * 10, second.timestamp(), "7 packets, 3 ticks of pause");
        assertTrue(!sender.busy());
    }

    @Test
    void receiverReportsEachEventOnceEvenWithoutItsMarkerPacket() {
        Rfc4733Receiver receiver = new Rfc4733Receiver();
        byte[] update = {5, 10, 0, (byte) 160};
        byte[] end = {5, (byte) 0x8A, 3, 32};

        assertEquals('5', receiver.accept(update, 0, 4, 4000));
        assertEquals(0, receiver.accept(update, 0, 4, 4000));
        assertEquals(0, receiver.accept(end, 0, 4, 4000));
        assertEquals('5', receiver.accept(end, 0, 4, 5600), "a new event whose first packets were lost");
        assertEquals(0, receiver.accept(end, 0, 3, 7000));
        assertEquals(1, receiver.malformed());
        assertEquals(0, receiver.accept(new byte[]{(byte) 40, 0, 0, 0}, 0, 4, 9000), "not a DTMF event");
    }
}
