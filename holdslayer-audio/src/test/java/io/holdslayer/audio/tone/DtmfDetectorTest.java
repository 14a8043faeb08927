package io.holdslayer.audio.tone;

import io.holdslayer.audio.Signals;
import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DtmfDetectorTest {

    private static final double[][] PAIRS = {
            {941, 1336}, {697, 1209}, {697, 1336}, {697, 1477}, {770, 1209}, {770, 1336}, {770, 1477},
            {852, 1209}, {852, 1336}, {852, 1477}, {941, 1209}, {941, 1477}, {697, 1633}};
    private static final String KEYS = "0123456789*#A";

    static String detect(short[] samples) {
        DtmfDetector detector = new DtmfDetector();
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < samples.length / 160; i++) {
            OptionalInt digit = detector.process(Signals.frame(samples, i));
            digit.ifPresent(d -> digits.append((char) d));
        }
        return digits.toString();
    }

    static Signals digits(String keys, double onSeconds, double offSeconds, double lowDb, double highDb, double detune) {
        Signals signals = Signals.start().silence(0.1);
        for (char key : keys.toCharArray()) {
            double[] pair = PAIRS[KEYS.indexOf(key)];
            short[] low = Signals.start().tone(onSeconds, lowDb, pair[0] * detune).samples();
            short[] high = Signals.start().tone(onSeconds, highDb, pair[1] * detune).samples();
            short[] sum = new short[low.length];
            for (int i = 0; i < sum.length; i++) {
                sum[i] = (short) (low[i] + high[i]);
            }
            signals.append(sum).silence(offSeconds);
        }
        return signals;
    }

    @Test
    void everyKeyIsHeardOnceInOrder() {
        assertEquals("0123456789*#A", detect(digits("0123456789*#A", 0.1, 0.1, -12, -10, 1.0).samples()));
    }

    @Test
    void theShortestValidDigitsAndGapsAreHeard() {
        assertEquals("159", detect(digits("159", 0.045, 0.045, -15, -13, 1.0).samples()));
    }

    @Test
    void aHeldKeyIsOneDigitAndARepeatedKeyIsTwo() {
        assertEquals("5", detect(digits("5", 1.5, 0.1, -12, -10, 1.0).samples()));
        assertEquals("55", detect(digits("55", 0.1, 0.1, -12, -10, 1.0).samples()));
    }

    @Test
    void q24ToleranceAcceptsOnePointFivePercentAndRejectsThreePointFive() {
        assertEquals("2580", detect(digits("2580", 0.1, 0.1, -12, -10, 1.015).samples()));
        assertEquals("2580", detect(digits("2580", 0.1, 0.1, -12, -10, 0.985).samples()));
        assertEquals("", detect(digits("2580", 0.1, 0.1, -12, -10, 1.035).samples()));
        assertEquals("", detect(digits("2580", 0.1, 0.1, -12, -10, 0.965).samples()));
    }

    @Test
    void twistWithinEightDbNormalAndFourDbReverseIsAcceptedBeyondIsNot() {
        assertEquals("7", detect(digits("7", 0.1, 0.1, -10, -17, 1.0).samples()));
        assertEquals("7", detect(digits("7", 0.1, 0.1, -13, -10, 1.0).samples()));
        assertEquals("", detect(digits("7", 0.1, 0.1, -10, -20, 1.0).samples()));
        assertEquals("", detect(digits("7", 0.1, 0.1, -17, -10, 1.0).samples()));
    }

    @Test
    void digitsAreHeardUnderNoiseButNoiseAloneGivesNone() {
        assertEquals("3690", detect(digits("3690", 0.08, 0.08, -14, -12, 1.0).withNoise(-35).samples()));
        assertEquals("", detect(Signals.start().noise(3, -15).samples()));
    }

    @Test
    void singleTonesAndChordsOfMusicAreNotDigits() {
        assertEquals("", detect(Signals.start().tone(1, -10, 697).tone(1, -10, 1209).samples()));
        assertEquals("", detect(Signals.start().tone(1, -12, 697, 1209, 880).samples()));
    }
}
