package io.holdslayer.tests.support;

import io.holdslayer.application.ai.AiUnavailableException;
import io.holdslayer.application.ai.IvrAction;
import io.holdslayer.application.ai.MenuContext;
import io.holdslayer.audio.codec.G711;
import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.infrastructure.ai.openai.OpenAiChatMenuChooser;
import io.holdslayer.infrastructure.ai.openai.OpenAiSettings;
import io.holdslayer.infrastructure.ai.openai.OpenAiSpeech;
import io.holdslayer.infrastructure.ai.openai.OpenAiTranscriber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The stand-in driven by the gateway's own AI clients. */
class OpenAiStandInTest {

    private static final Path SOUNDS = Path.of("/usr/share/asterisk/sounds/en");
    /** Real recorded prompts of one speaker, several of nearly the same length (2.39-2.47 s, 1.58-1.59 s). */
    private static final Map<String, String> PROMPTS = Map.of(
            "pls-hold-while-try", "Please hold while I try that extension.",
            "queue-callswaiting", "Calls waiting.",
            "transfer", "Transfer.",
            "one-moment-please", "One moment please.",
            "queue-thankyou", "Thank you for your patience.",
            "queue-periodic-announce", "All representatives are currently busy assisting other callers.");

    private final OpenAiStandIn standIn = OpenAiStandIn.start();

    OpenAiStandInTest() throws IOException {
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private OpenAiSettings settings(String prefix, String model) {
        return new OpenAiSettings(prefix, standIn.baseUrl(), model, "", Duration.ofSeconds(10), 0, "alloy");
    }

    @Test
    void chatRulesMatchTheLastUserMessageAndOtherwiseWait() throws AiUnavailableException {
        standIn.pressWhenUserSays("For billing press 1", "1").whenUserSays("say the reason", "say",
                "{\"text\":\"billing\"}");
        OpenAiChatMenuChooser chooser = new OpenAiChatMenuChooser(settings(OpenAiSettings.LLM, "stand-in"));

        assertEquals(new IvrAction.PressDigits("1"), chooser.choose(menu("Welcome. for billing press 1.")));
        assertEquals(new IvrAction.Say("billing"), chooser.choose(menu("Please say the reason for your call.")));
        assertEquals(new IvrAction.Wait(Duration.ofSeconds(2)), chooser.choose(menu("Welcome to Acme.")));

        assertEquals(3, standIn.userMessages().size());
        assertTrue(standIn.userMessages().get(2).contains("Welcome to Acme."));
    }

    private static MenuContext menu(String prompt) {
        return new MenuContext("+18005550100", "pay my bill", prompt, List.of());
    }

    @Test
    void eachSegmentIsRecognisedAmongPromptsOfNearlyTheSameLengthAfterTrimmingGainAndG711() throws Exception {
        assumeTrue(Files.isDirectory(SOUNDS), "Asterisk's English prompts are installed by ./holdslayer test");
        for (Map.Entry<String, String> prompt : PROMPTS.entrySet()) {
            standIn.clip(SOUNDS.resolve(prompt.getKey() + ".wav"), prompt.getValue());
        }
        standIn.unknownAudioText("(unknown)");
        OpenAiTranscriber transcriber = new OpenAiTranscriber(settings(OpenAiSettings.STT, "whisper-1"));

        for (Map.Entry<String, String> prompt : PROMPTS.entrySet()) {
            short[] heard = asTheMediaPlaneHearsIt(AudioFiles.read(SOUNDS.resolve(prompt.getKey() + ".wav")).samples());
            assertEquals(prompt.getValue(), transcriber.transcribe(pcm(heard)), prompt.getKey());
        }
        assertEquals("(unknown)", transcriber.transcribe(pcm(noise(16000))));
        for (String unregistered : List.of("queue-holdtime", "hello-world", "queue-youarenext", "agent-pass")) {
            short[] heard = asTheMediaPlaneHearsIt(AudioFiles.read(SOUNDS.resolve(unregistered + ".wav")).samples());
            assertEquals("(unknown)", transcriber.transcribe(pcm(heard)), unregistered);
        }

        assertEquals(PROMPTS.size() + 5, standIn.transcriptions().size());
        assertEquals(PROMPTS.size() + 5, standIn.requests().size());
        assertTrue(standIn.transcriptions().get(0).seconds() > 0.5);
    }

    @Test
    void speechIsAPlayableWav() throws Exception {
        byte[] wav = new OpenAiSpeech(settings(OpenAiSettings.TTS, "tts-1")).synthesize("Connecting you now.");

        try (var audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            assertTrue(audio.getFrameLength() / audio.getFormat().getFrameRate() > 0.5);
        }
        assertEquals("/v1/audio/speech", standIn.requests().get(0).path());
    }

    /** Starts 120 ms late, ends 200 ms early, 40% quieter, through µ-law, with a little line noise. */
    private static short[] asTheMediaPlaneHearsIt(short[] prompt) {
        short[] noise = noise(prompt.length);
        short[] heard = new short[prompt.length - 960 - 1600];
        for (int i = 0; i < heard.length; i++) {
            int sample = (int) Math.round(prompt[i + 960] * 0.6) + noise[i] / 20;
            heard[i] = G711.ulawToLinear(G711.linearToUlaw((short) Math.max(-32768, Math.min(32767, sample))));
        }
        return heard;
    }

    private static short[] noise(int length) {
        Random random = new Random(7);
        short[] noise = new short[length];
        for (int i = 0; i < length; i++) {
            noise[i] = (short) (random.nextGaussian() * 3000);
        }
        return noise;
    }

    private static byte[] pcm(short[] samples) {
        ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asShortBuffer().put(samples);
        return bytes.array();
    }
}
