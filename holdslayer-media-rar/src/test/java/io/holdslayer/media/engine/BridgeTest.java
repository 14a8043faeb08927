package io.holdslayer.media.engine;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.audio.dsp.Goertzel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.holdslayer.media.engine.EngineHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BridgeTest {

    @TempDir
    Path dir;

    private static double share(short[] samples, double hz) {
        double total = Goertzel.totalPower(samples, 0, samples.length);
        return total == 0 ? 0 : Goertzel.power(samples, 0, samples.length, hz, 8000) * 2 / total;
    }

    @Test
    void unbridgingAndRebridgingALegKeepsItsStreamContinuousAndSwitchesTheAudio() throws Exception {
        try (EngineHarness h = new EngineHarness(dir);
             RawRtpPeer user = new RawRtpPeer(); RawRtpPeer first = new RawRtpPeer(); RawRtpPeer second = new RawRtpPeer()) {
            String userLeg = h.engine.openLeg("call", LegRole.DEVICE);
            String firstLeg = h.engine.openLeg("call", LegRole.COMPANY);
            String secondLeg = h.engine.openLeg("call2", LegRole.COMPANY);
            h.engine.answerOffer(userLeg, user.offer("sendrecv", "0"));
            h.engine.answerOffer(firstLeg, first.offer("sendrecv", "0"));
            h.engine.answerOffer(secondLeg, second.offer("sendrecv", "0"));
            first.sendTone(h.engine.localPort(firstLeg), 500);
            second.sendTone(h.engine.localPort(secondLeg), 1000);

            h.engine.bridge(userLeg, firstLeg);
            Thread.sleep(600);
            h.engine.unbridge(userLeg);
            h.engine.bridge(userLeg, secondLeg);
            Thread.sleep(600);

            List<RawRtpPeer.Received> got = List.copyOf(user.received);
            for (int i = 1; i < got.size(); i++) {
                assertEquals((got.get(i - 1).sequence() + 1) & 0xFFFF, got.get(i).sequence(), "no gap at " + i);
                assertEquals((got.get(i - 1).timestamp() + 160) & 0xFFFFFFFFL, got.get(i).timestamp());
            }
            int switchedAt = -1;
            for (int i = 0; i < got.size(); i++) {
                if (share(got.get(i).samples(), 1000) > 0.8) {
                    switchedAt = i;
                    break;
                }
            }
            assertTrue(switchedAt > 10, "the second company's tone arrives after the first's: " + switchedAt);
            long firstTone = got.subList(0, switchedAt).stream().filter(r -> share(r.samples(), 500) > 0.8).count();
            assertTrue(firstTone > 15, "the first company was heard before: " + firstTone);
            long afterwards500 = got.subList(switchedAt, got.size()).stream().filter(r -> share(r.samples(), 500) > 0.3).count();
            assertEquals(0, afterwards500, "nothing of the first company after the switch");
            assertTrue(got.get(0).marker(), "marker on the first packet of the stream");
        }
    }

    @Test
    void aPromptIsHeardOverTheBridgeAndStopsWhenAsked() throws Exception {
        Path prompt = Path.of("/usr/share/asterisk/sounds/en/pls-hold-while-try.wav");
        try (EngineHarness h = new EngineHarness(dir); RawRtpPeer user = new RawRtpPeer()) {
            String leg = h.engine.openLeg("call", LegRole.DEVICE);
            h.engine.answerOffer(leg, user.offer("sendrecv", "0"));
            h.engine.playFile(leg, prompt, true);
            Thread.sleep(1000);
            h.engine.stopPlaying(leg);
            Thread.sleep(200);
            int stoppedAt = user.received.size();
            Thread.sleep(300);

            List<RawRtpPeer.Received> got = List.copyOf(user.received);
            long loud = got.subList(0, stoppedAt - 10).stream().filter(r -> rms(r.samples()) > 500).count();
            long loudAfter = got.subList(stoppedAt, got.size()).stream().filter(r -> rms(r.samples()) > 50).count();
            assertTrue(loud > 20, "the prompt's speech reached the peer: " + loud + " loud frames");
            assertEquals(0, loudAfter, "silence once stopped");
        }
    }

    private static double rms(short[] samples) {
        double sum = 0;
        for (short s : samples) {
            sum += s * (double) s;
        }
        return Math.sqrt(sum / Math.max(1, samples.length));
    }

    @Test
    void aHoldOfferStopsOurSendingAndAResumeStartsItAgain() throws Exception {
        try (EngineHarness h = new EngineHarness(dir); RawRtpPeer peer = new RawRtpPeer()) {
            String leg = h.engine.openLeg("call", LegRole.COMPANY);
            h.engine.answerOffer(leg, peer.offer("sendrecv", "0"));
            waitUntil(() -> peer.received.size() > 10, 2000);

            String answer = h.engine.answerOffer(leg, peer.offer("sendonly", "0"));
            assertTrue(answer.contains("a=recvonly"), answer);
            Thread.sleep(100);
            int onHold = peer.received.size();
            Thread.sleep(300);
            assertEquals(onHold, peer.received.size(), "nothing sent while the peer holds us");

            h.engine.answerOffer(leg, peer.offer("sendrecv", "0"));
            waitUntil(() -> peer.received.size() > onHold + 5, 2000);
            assertTrue(peer.received.size() > onHold + 5);
        }
    }
}
