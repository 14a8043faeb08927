package io.holdslayer.audio.codec;

import org.junit.jupiter.api.Test;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks every 16-bit value against the JDK's own, independent G.711 converters, except where the JDK is wrong:
 * its µ-law encoder overflows beyond ±32635 (it wraps to codes near zero instead of clipping), and its A-law
 * encoder turns -7..-1 into code 0x5A (a mid-size positive value) where we clamp to the smallest negative code.
 */
class G711Test {

    private static byte[] jdkEncode(AudioFormat.Encoding encoding) throws Exception {
        byte[] linear = new byte[65536 * 2];
        ByteBuffer buffer = ByteBuffer.wrap(linear).order(ByteOrder.LITTLE_ENDIAN);
        for (int v = Short.MIN_VALUE; v <= Short.MAX_VALUE; v++) {
            buffer.putShort((short) v);
        }
        AudioFormat pcm = new AudioFormat(8000, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(linear), pcm, 65536);
             AudioInputStream out = AudioSystem.getAudioInputStream(new AudioFormat(encoding, 8000, 8, 1, 1, 8000, false), in)) {
            return out.readAllBytes();
        }
    }

    @Test
    void ulawEncodingMatchesTheJdkForEveryValue() throws Exception {
        byte[] jdk = jdkEncode(AudioFormat.Encoding.ULAW);
        int mismatches = 0;
        for (int v = -32635; v <= 32635; v++) {
            if (G711.linearToUlaw((short) v) != jdk[v - Short.MIN_VALUE]) {
                mismatches++;
            }
        }
        assertEquals(0, mismatches);
    }

    @Test
    void ulawClipsTheLoudestNegativeSamplesToTheLargestNegativeCode() {
        assertEquals((byte) 0x00, G711.linearToUlaw(Short.MIN_VALUE));
        assertEquals((byte) 0x80, G711.linearToUlaw(Short.MAX_VALUE));
        assertEquals(-32124, G711.ulawToLinear((byte) 0x00));
    }

    @Test
    void alawEncodingMatchesTheJdkForEveryValue() throws Exception {
        byte[] jdk = jdkEncode(AudioFormat.Encoding.ALAW);
        int mismatches = 0;
        for (int v = Short.MIN_VALUE; v <= Short.MAX_VALUE; v++) {
            if (v >= -7 && v <= -1) {
                assertEquals((byte) 0x55, G711.linearToAlaw((short) v));
                continue;
            }
            if (G711.linearToAlaw((short) v) != jdk[v - Short.MIN_VALUE]) {
                mismatches++;
            }
        }
        assertEquals(0, mismatches);
    }

    @Test
    void roundTripsStayWithinTheQuantisationStep() {
        for (int v = Short.MIN_VALUE; v <= Short.MAX_VALUE; v += 7) {
            short s = (short) v;
            int tolerance = Math.max(16, Math.abs(v) / 16);
            assertTrue(Math.abs(G711.ulawToLinear(G711.linearToUlaw(s)) - v) <= tolerance, "ulaw " + v);
            assertTrue(Math.abs(G711.alawToLinear(G711.linearToAlaw(s)) - v) <= tolerance, "alaw " + v);
        }
    }

    @Test
    void decodingIsTheInverseOfEncodingOnCodeWords() {
        for (int code = 0; code < 256; code++) {
            byte b = (byte) code;
            assertEquals(G711.ulawToLinear(b), G711.ulawToLinear(G711.linearToUlaw(G711.ulawToLinear(b))));
            assertEquals(b, G711.linearToAlaw(G711.alawToLinear(b)), "alaw code " + code);
        }
    }
}
