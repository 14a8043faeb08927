package io.holdslayer.media.engine;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.MediaEventType;
import io.holdslayer.api.media.RecordingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import static io.holdslayer.media.engine.EngineHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordingTest {

    @TempDir
    Path dir;

    @Test
    void stereoRecordingPutsTheCompanyLeftAndTheUserRight() throws Exception {
        try (EngineHarness h = new EngineHarness(dir); RawRtpPeer company = new RawRtpPeer()) {
            String companyLeg = h.engine.openLeg("call-7", LegRole.COMPANY);
            h.engine.openLeg("call-7", LegRole.DEVICE);
            h.engine.answerOffer(companyLeg, company.offer("sendrecv", "0"));
            Path file = h.engine.startRecording("call-7", RecordingMode.STEREO);
            company.sendTone(h.engine.localPort(companyLeg), 600);
            Thread.sleep(2000);
            company.stopSending();
            h.engine.stopRecording("call-7");
            waitUntil(() -> !h.of(MediaEventType.RECORDING_STOPPED).isEmpty(), 2000);

            assertEquals(file.toString(), h.of(MediaEventType.RECORDING_STARTED).get(0).detail());
            try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
                assertEquals(2, in.getFormat().getChannels());
                double seconds = in.getFrameLength() / 8000.0;
                assertTrue(seconds > 1.8 && seconds < 2.4, "about two seconds: " + seconds);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                ByteBuffer pcm = ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
                double left = 0;
                double right = 0;
                while (pcm.remaining() >= 4) {
                    left += Math.pow(pcm.getShort(), 2);
                    right += Math.pow(pcm.getShort(), 2);
                }
                double frames = in.getFrameLength();
                assertTrue(Math.sqrt(left / frames) > 3000, "the company's tone on the left: " + Math.sqrt(left / frames));
                assertEquals(0, right, "the user said nothing");
            }
        }
    }
}
