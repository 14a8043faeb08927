package io.holdslayer.media.interop;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.audio.dsp.Goertzel;
import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.media.engine.EngineSettings;
import io.holdslayer.media.engine.MediaEngine;
import io.holdslayer.media.mixer.TonePlayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * baresip answers a call whose SDP offer is an engine leg's (SIPp carries the signalling): it must hear the
 * tone we play and receive our RFC 4733 digits in order.
 */
class BaresipReceivingTest {

    private static final int BARESIP_SIP = 18576;
    private static final int SIPP_SIP = 18578;

    @TempDir
    Path dir;

    @Test
    void baresipHearsOurAudioAndOurDigits() throws Exception {
        int base = 46000 + 100 * (int) (ProcessHandle.current().pid() % 20);
        try (MediaEngine engine = new MediaEngine(EngineSettings.loopback(base, base + 99, dir), event -> { },
                MediaEngine.daemonThreads());
             Baresip phone = Baresip.start(dir.resolve("baresip"), BARESIP_SIP)) {
            String leg = engine.openLeg("baresip-call", LegRole.DEVICE);
            String offer = engine.createOffer(leg).strip();
            Sipp sipp = Sipp.start(dir, "uac-offer.xml", Map.of("OFFER", offer, "HOLD_MS", "5000"),
                    "-i", "127.0.0.1", "-p", String.valueOf(SIPP_SIP), "-trace_logs", "127.0.0.1:" + BARESIP_SIP);
            Matcher answer = awaitAnswer(dir);
            engine.acceptAnswer(leg, "v=0\r\no=bob 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                    + "m=audio " + answer.group(1) + " RTP/AVP 0 " + answer.group(2) + "\r\n"
                    + "a=rtpmap:" + answer.group(2) + " telephone-event/8000\r\n");
            engine.play(leg, new TonePlayer(6000, 1000));
            Thread.sleep(1500);
            engine.sendDtmf(leg, "1593#");
            int sippExit = sipp.await(20);
            Thread.sleep(500);
            phone.close();

            assertEquals(0, sippExit, sipp.output());
            String log = phone.output();
            StringBuilder digits = new StringBuilder();
            Matcher received = Pattern.compile("received event: '(.)' \\(end=1\\)").matcher(log);
            while (received.find()) {
                digits.append(received.group(1));
            }
            assertEquals("1593#", digits.toString(), log);
            short[] heard = AudioFiles.read(phone.decodedRecording()).samples();
            double share = Goertzel.power(heard, 0, 8000, 1000, 8000) * 2 / Goertzel.totalPower(heard, 0, 8000);
            assertTrue(share > 0.8, "the first second baresip heard is our 1 kHz tone: " + share);
            assertTrue(engine.statistics(leg).packetsReceived() > 50, "and baresip's audio reached us");
        }
    }

    private static Matcher awaitAnswer(Path dir) throws Exception {
        Pattern pattern = Pattern.compile("ANSWER port=([0-9]+) event=([0-9]+)");
        for (int i = 0; i < 200; i++) {
            try (var files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_logs.log")).toList()) {
                    Matcher matcher = pattern.matcher(Files.readString(file));
                    if (matcher.find()) {
                        return matcher;
                    }
                }
            }
            Thread.sleep(25);
        }
        throw new AssertionError("SIPp logged no answer from baresip");
    }
}
