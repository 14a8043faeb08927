package io.holdslayer.media.engine;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.MediaEvent;
import io.holdslayer.api.media.MediaEventType;
import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.media.dtmf.InbandDtmfGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.holdslayer.media.engine.EngineHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisTapTest {

    @TempDir
    Path dir;

    @Test
    void aMonitoredLegReportsSpeechAsClassificationAndAsASegmentWithItsAudio() throws Exception {
        short[] prompt = AudioFiles.read(Path.of("/usr/share/asterisk/sounds/en/pls-hold-while-try.wav")).samples();
        short[] withSilenceAfter = java.util.Arrays.copyOf(prompt, prompt.length + 3 * 8000);
        try (EngineHarness h = new EngineHarness(dir); RawRtpPeer company = new RawRtpPeer()) {
            String leg = h.engine.openLeg("call", LegRole.COMPANY);
            h.engine.answerOffer(leg, company.offer("sendrecv", "0"));
            h.engine.monitor(leg);
            company.sendSamples(h.engine.localPort(leg), withSilenceAfter);
            waitUntil(() -> !h.of(MediaEventType.SPEECH_SEGMENT).isEmpty(), withSilenceAfter.length / 8 + 3000);

            assertTrue(h.of(MediaEventType.AUDIO_CLASSIFIED).stream().anyMatch(e -> e.detail().equals("speech")),
                    h.events.toString());
            MediaEvent segment = h.of(MediaEventType.SPEECH_SEGMENT).get(0);
            assertTrue(segment.audio().length > 2 * 8000, "at least a second of speech audio: " + segment);
            assertFalse(h.of(MediaEventType.DTMF_HEARD).stream().findAny().isPresent());
        }
    }

    @Test
    void tonesSentInBandDespiteNegotiatedTelephoneEventsAreHeardByTheTap() throws Exception {
        InbandDtmfGenerator tones = new InbandDtmfGenerator(100, 100);
        tones.enqueue("4#7");
        short[] audio = new short[8000 * 2];
        short[] frame = new short[160];
        for (int at = 0; at + 160 <= audio.length; at += 160) {
            java.util.Arrays.fill(frame, (short) 0);
            tones.next(frame);
            System.arraycopy(frame, 0, audio, at, 160);
        }
        try (EngineHarness h = new EngineHarness(dir); RawRtpPeer company = new RawRtpPeer()) {
            String leg = h.engine.openLeg("call", LegRole.COMPANY);
            h.engine.answerOffer(leg, company.offer("sendrecv", "0 101"));
            h.engine.monitor(leg);
            company.sendSamples(h.engine.localPort(leg), audio);
            waitUntil(() -> h.digitsHeard(leg).length() >= 3, 4000);
            Thread.sleep(300);

            assertEquals("4#7", h.digitsHeard(leg));
            assertTrue(h.of(MediaEventType.DTMF_HEARD).stream().allMatch(e -> e.source().equals("inband")));
        }
    }
}
