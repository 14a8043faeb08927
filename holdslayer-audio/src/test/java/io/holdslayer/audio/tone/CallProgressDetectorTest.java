package io.holdslayer.audio.tone;

import io.holdslayer.audio.Signals;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallProgressDetectorTest {

    static List<ProgressTone> run(short[] samples) {
        CallProgressDetector detector = new CallProgressDetector();
        List<ProgressTone> tones = new ArrayList<>();
        for (int i = 0; i < samples.length / 160; i++) {
            tones.add(detector.process(Signals.frame(samples, i)));
        }
        return tones;
    }

    static double share(List<ProgressTone> tones, ProgressTone tone, double fromSeconds) {
        List<ProgressTone> tail = tones.subList((int) (fromSeconds * 50), tones.size());
        return tail.stream().filter(t -> t == tone).count() / (double) tail.size();
    }

    @Test
    void northAmericanRingbackIsOneSegmentThroughItsSilences() {
        Signals ringing = Signals.start();
        for (int i = 0; i < 3; i++) {
            ringing.tone(2, -20, 440, 480).silence(4);
        }
        List<ProgressTone> tones = run(ringing.samples());

        assertEquals(ProgressTone.RINGBACK, tones.get(10));
        assertEquals(1.0, share(tones, ProgressTone.RINGBACK, 0.2), 0.001);
    }

    @Test
    void ukDoubleRingIsRingback() {
        Signals ringing = Signals.start();
        for (int i = 0; i < 3; i++) {
            ringing.tone(0.4, -22, 400, 450).silence(0.2).tone(0.4, -22, 400, 450).silence(2);
        }
        assertEquals(1.0, share(run(ringing.samples()), ProgressTone.RINGBACK, 0.2), 0.001);
    }

    @Test
    void european425IsRingbackWhenLongAndBusyWhenShort() {
        Signals ringing = Signals.start();
        Signals busy = Signals.start();
        for (int i = 0; i < 3; i++) {
            ringing.tone(1, -20, 425).silence(4);
            busy.tone(0.5, -20, 425).silence(0.5);
        }
        assertTrue(share(run(ringing.samples()), ProgressTone.RINGBACK, 1.0) > 0.99);
        assertTrue(share(run(busy.samples()), ProgressTone.BUSY, 1.0) > 0.9);
        assertEquals(0, share(run(busy.samples()), ProgressTone.RINGBACK, 0));
    }

    @Test
    void northAmericanBusyAndReorderAreBusy() {
        Signals busy = Signals.start();
        Signals reorder = Signals.start();
        for (int i = 0; i < 4; i++) {
            busy.tone(0.5, -20, 480, 620).silence(0.5);
            reorder.tone(0.25, -20, 480, 620).silence(0.25);
        }
        assertTrue(share(run(busy.samples()), ProgressTone.BUSY, 0.2) > 0.99);
        assertTrue(share(run(reorder.samples()), ProgressTone.BUSY, 0.2) > 0.99);
    }

    @Test
    void theThreeRisingSitTonesAreSit() {
        short[] sit = Signals.start().silence(0.2).tone(0.274, -18, 913.8).tone(0.274, -18, 1370.6)
                .tone(0.380, -18, 1776.7).silence(0.5).samples();
        List<ProgressTone> tones = run(sit);

        assertTrue(tones.contains(ProgressTone.SIT));
        assertTrue(tones.stream().noneMatch(t -> t == ProgressTone.RINGBACK || t == ProgressTone.BUSY));
    }

    @Test
    void aBeepADialToneSpeechLikeNoiseAndSilenceAreNoProgressTone() {
        short[] others = Signals.start().tone(0.5, -15, 1000).silence(0.5).tone(2, -15, 350, 440)
                .noise(2, -20).silence(2).samples();
        assertTrue(run(others).stream().allMatch(t -> t == null), run(others).toString());
        assertNull(new CallProgressDetector().process(new short[160]));
    }

    @Test
    void ringbackUnderLineNoiseIsStillRingback() {
        Signals ringing = Signals.start();
        for (int i = 0; i < 2; i++) {
            ringing.tone(2, -24, 440, 480).silence(4);
        }
        assertTrue(share(run(ringing.withNoise(-45).samples()), ProgressTone.RINGBACK, 0.2) > 0.99);
    }
}
