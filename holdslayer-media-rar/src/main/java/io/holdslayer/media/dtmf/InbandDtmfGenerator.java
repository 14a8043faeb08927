package io.holdslayer.media.dtmf;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Dual tones for peers that did not negotiate RFC 4733: each digit is its row and column sine at about
 * -9 dBFS each, for the tone length, followed by a pause; frames are mixed into the leg's outgoing audio.
 */
public final class InbandDtmfGenerator {

    private static final double AMPLITUDE = 0.35 * 32767;
    private static final int FRAME = 160;

    private final int toneFrames;
    private final int pauseFrames;
    private final Queue<Character> digits = new ArrayDeque<>();
    private char current;
    private int frameInDigit;
    private long sampleIndex;

    public InbandDtmfGenerator(int toneMillis, int pauseMillis) {
        this.toneFrames = Math.max(2, toneMillis / 20);
        this.pauseFrames = Math.max(2, pauseMillis / 20);
    }

    public void enqueue(String keys) {
        for (char key : keys.toCharArray()) {
            digits.add(key);
        }
    }

    public boolean busy() {
        return current != 0 || !digits.isEmpty();
    }

    /** Replaces the frame with this tick's tone (silence during pauses); returns whether a digit is on. */
    public boolean next(short[] frame) {
        if (current == 0) {
            Character key = digits.poll();
            if (key == null) {
                return false;
            }
            current = key;
            frameInDigit = 0;
            sampleIndex = 0;
        }
        boolean tone = frameInDigit < toneFrames;
        if (tone) {
            double low = 2 * Math.PI * DtmfDigits.rowHz(current) / 8000;
            double high = 2 * Math.PI * DtmfDigits.columnHz(current) / 8000;
            for (int i = 0; i < FRAME; i++, sampleIndex++) {
                frame[i] = (short) (AMPLITUDE * (Math.sin(low * sampleIndex) + Math.sin(high * sampleIndex)));
            }
        } else {
            java.util.Arrays.fill(frame, 0, FRAME, (short) 0);
        }
        if (++frameInDigit >= toneFrames + pauseFrames) {
            current = 0;
        }
        return true;
    }
}
