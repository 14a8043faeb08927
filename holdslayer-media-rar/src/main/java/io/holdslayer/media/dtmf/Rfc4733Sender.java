package io.holdslayer.media.dtmf;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Turns queued digits into RFC 4733 telephone-event payloads, one per 20 ms tick.
 *
 * <p>Each digit is one event: all its packets carry the RTP timestamp of the tick it began on; the first has the
 * marker bit; the duration grows by 160 (20 ms at 8 kHz) per packet up to the tone length; the last update is
 * sent three times with the end bit. Then a pause with ordinary audio separates it from the next digit. While
 * an event is on, the leg sends these payloads instead of audio.
 */
public final class Rfc4733Sender {

    /** What the leg should send on this tick. */
    public enum Step { AUDIO, EVENT }

    private static final int VOLUME_DBM0 = 10;
    private static final int END_PACKETS = 3;

    private final int toneTicks;
    private final int pauseTicks;
    private final Queue<Character> digits = new ArrayDeque<>();
    private int eventCode = -1;
    private long eventTimestamp;
    private int packetsSent;
    private int pauseLeft;

    public Rfc4733Sender(int toneMillis, int pauseMillis) {
        this.toneTicks = Math.max(2, toneMillis / 20);
        this.pauseTicks = Math.max(2, pauseMillis / 20);
    }

    public void enqueue(String keys) {
        for (char key : keys.toCharArray()) {
            digits.add(key);
        }
    }

    public boolean busy() {
        return eventCode >= 0 || pauseLeft > 0 || !digits.isEmpty();
    }

    /**
     * Advances one tick. When it returns {@link Step#EVENT}, {@link #write} fills the payload and
     * {@link #timestamp()}/{@link #marker()} give the header fields.
     */
    public Step tick(long audioTimestamp) {
        if (eventCode < 0) {
            if (pauseLeft > 0) {
                pauseLeft--;
                return Step.AUDIO;
            }
            Character next = digits.poll();
            if (next == null) {
                return Step.AUDIO;
            }
            eventCode = DtmfDigits.eventCode(next);
            eventTimestamp = audioTimestamp;
            packetsSent = 0;
        }
        packetsSent++;
        return Step.EVENT;
    }

    /**
     * Writes this tick's 4-byte payload and returns 4. Packet k of the tone carries duration k*160; the last
     * tone packet has the end bit and is sent twice more; after the third the event is over.
     */
    public int write(byte[] out, int offset) {
        boolean end = packetsSent >= toneTicks;
        int duration = Math.min(packetsSent, toneTicks) * 160;
        out[offset] = (byte) eventCode;
        out[offset + 1] = (byte) ((end ? 0x80 : 0) | VOLUME_DBM0);
        out[offset + 2] = (byte) (duration >> 8);
        out[offset + 3] = (byte) duration;
        if (packetsSent >= toneTicks + END_PACKETS - 1) {
            eventCode = -1;
            pauseLeft = pauseTicks;
        }
        return 4;
    }

    public long timestamp() {
        return eventTimestamp;
    }

    public boolean marker() {
        return packetsSent == 1;
    }
}
