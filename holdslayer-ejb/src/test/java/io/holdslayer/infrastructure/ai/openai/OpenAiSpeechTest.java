package io.holdslayer.infrastructure.ai.openai;

import io.holdslayer.application.ai.AiUnavailableException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAiSpeechTest {

    private final ScriptedApiServer api;

    OpenAiSpeechTest() throws java.io.IOException {
        api = new ScriptedApiServer();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private OpenAiSpeech speech() {
        return new OpenAiSpeech(new OpenAiSettings(OpenAiSettings.TTS, api.baseUrl(), "tts-1", "", Duration.ofSeconds(5),
                0, "alloy"));
    }

    @Test
    void asksForAWavInTheConfiguredVoiceAndReturnsIt() throws AiUnavailableException {
        byte[] wav = PcmWav.mono16(new byte[1600], 24000);
        api.answer(new ScriptedApiServer.Answer(200, "audio/wav", wav, Map.of(), Duration.ZERO));

        assertArrayEquals(wav, speech().synthesize("One moment please."));

        assertEquals("/v1/audio/speech", api.received().get(0).path());
        JsonObject request = Json.createReader(new ByteArrayInputStream(api.received().get(0).body())).readObject();
        assertEquals(Json.createObjectBuilder().add("model", "tts-1").add("input", "One moment please.")
                .add("voice", "alloy").add("response_format", "wav").build(), request);
    }

    @Test
    void anAnswerThatIsNoWavIsRefused() {
        api.answer(new ScriptedApiServer.Answer(200, "audio/mpeg", "ID3\u0004mp3 frames".getBytes(StandardCharsets.UTF_8),
                Map.of(), Duration.ZERO));

        AiUnavailableException e = assertThrows(AiUnavailableException.class, () -> speech().synthesize("Hello"));
        assertTrue(e.getMessage().contains("answered with something other than a WAV file"), e.getMessage());
    }
}
