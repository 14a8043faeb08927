package io.holdslayer.media.interop;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.LegStatistics;
import io.holdslayer.api.media.MediaEvent;
import io.holdslayer.api.media.MediaEventType;
import io.holdslayer.api.media.RecordingMode;
import io.holdslayer.media.engine.EngineSettings;
import io.holdslayer.media.engine.MediaEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIPp streams sip-tester's captures into an engine leg: a SIPp UAS answers a SIPp UAC with SDP pointing at the
 * leg, so the UAC's {@code play_pcap_audio} sends seven seconds of A-law speech and six RFC 4733 digits there.
 */
class SippStreamingTest {

    private static final int UAS_SIP = 18570;
    private static final int UAC_SIP = 18572;
    private static final int UAC_MEDIA = 18574;

    @TempDir
    Path dir;

    @Test
    void digitsAreHeardInOrderAndTheRecordingHoldsTheSpeech() throws Exception {
        List<MediaEvent> events = new CopyOnWriteArrayList<>();
        int base = 44000 + 100 * (int) (ProcessHandle.current().pid() % 20);
        try (MediaEngine engine = new MediaEngine(EngineSettings.loopback(base, base + 99, dir), events::add,
                MediaEngine.daemonThreads())) {
            String leg = engine.openLeg("sipp-call", LegRole.COMPANY);
            engine.answerOffer(leg, "v=0\r\no=sipp 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                    + "m=audio " + UAC_MEDIA + " RTP/AVP 8 101\r\na=rtpmap:8 PCMA/8000\r\n"
                    + "a=rtpmap:101 telephone-event/8000\r\n");
            Path recording = engine.startRecording("sipp-call", RecordingMode.STEREO);

            Sipp uas = Sipp.start(dir, "uas-answer.xml", Map.of("ENGINE_RTP_PORT", String.valueOf(engine.localPort(leg))),
                    "-i", "127.0.0.1", "-p", String.valueOf(UAS_SIP));
            Thread.sleep(300);
            Sipp uac = Sipp.start(dir, "uac-stream.xml", Map.of("PCAPS", Sipp.CAPTURES), "-i", "127.0.0.1",
                    "-p", String.valueOf(UAC_SIP), "-mi", "127.0.0.1", "-mp", String.valueOf(UAC_MEDIA),
                    "127.0.0.1:" + UAS_SIP);
            int uacExit = uac.await(40);
            int uasExit = uas.await(10);
            Thread.sleep(300);
            engine.stopRecording("sipp-call");
            for (int i = 0; i < 100 && events.stream().noneMatch(e -> e.type() == MediaEventType.RECORDING_STOPPED); i++) {
                Thread.sleep(20);
            }

            assertEquals(0, uacExit, uac.output());
            assertEquals(0, uasExit, uas.output());
            String digits = events.stream().filter(e -> e.type() == MediaEventType.DTMF_HEARD)
                    .map(MediaEvent::detail).reduce("", String::concat);
            assertEquals("159#*0", digits);
            LegStatistics stats = engine.statistics(leg);
            assertTrue(stats.packetsReceived() >= 236 + 6 * 8, stats.toString());
            assertEquals(0, stats.packetsMalformed(), stats.toString());
            assertSpeechOnTheLeftOnly(recording);
        }
    }

    private static void assertSpeechOnTheLeftOnly(Path recording) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(recording.toFile())) {
            ByteBuffer pcm = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            double seconds = in.getFrameLength() / 8000.0;
            int loudFrames = 0;
            double rightEnergy = 0;
            while (pcm.remaining() >= 4 * 160) {
                double left = 0;
                for (int i = 0; i < 160; i++) {
                    left += Math.pow(pcm.getShort(), 2);
                    rightEnergy += Math.pow(pcm.getShort(), 2);
                }
                if (Math.sqrt(left / 160) > 300) {
                    loudFrames++;
                }
            }
            assertTrue(seconds >= 7.0, "the recording spans the whole stream: " + seconds + " s");
            double loudSeconds = loudFrames / 50.0;
            assertTrue(loudSeconds >= 4.0 && loudSeconds <= 7.2,
                    "most of the seven seconds of speech is heard on the left: " + loudSeconds + " s");
            assertEquals(0, rightEnergy, "nothing on the user's side");
        }
    }
}
