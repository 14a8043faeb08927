package io.holdslayer.infrastructure.ai.openai;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAiSettingsTest {

    @Test
    void nothingSetMeansNotConfiguredWithTheDocumentedDefaults() {
        InMemoryConfig empty = new InMemoryConfig(Map.of());

        OpenAiSettings stt = OpenAiSettings.stt(empty);
        OpenAiSettings tts = OpenAiSettings.tts(empty);

        assertFalse(OpenAiSettings.llm(empty).configured());
        assertFalse(stt.configured());
        assertEquals("whisper-1", stt.model());
        assertEquals("tts-1", tts.model());
        assertEquals("alloy", tts.voice());
        assertEquals(Duration.ofSeconds(20), stt.timeout());
        assertEquals(2, stt.retries());
        assertEquals("", stt.apiKey());
    }

    @Test
    void theKeysUnderAPrefixAreRead() {
        OpenAiSettings llm = OpenAiSettings.llm(new InMemoryConfig(Map.of(
                "holdslayer.llm.base-url", "http://127.0.0.1:11434/v1/",
                "holdslayer.llm.model", "qwen3:4b",
                "holdslayer.llm.api-key", "sk-1",
                "holdslayer.llm.timeout-ms", "5000",
                "holdslayer.llm.retries", "0")));

        assertTrue(llm.configured());
        assertEquals("http://127.0.0.1:11434/v1", llm.baseUrl(), "trailing slash dropped");
        assertEquals("qwen3:4b", llm.model());
        assertEquals("sk-1", llm.apiKey());
        assertEquals(Duration.ofSeconds(5), llm.timeout());
        assertEquals(0, llm.retries());
        assertEquals("LLM", llm.service());
    }

    @Test
    void badValuesAreRefusedWithTheKeyNamed() {
        assertEquals("holdslayer.llm.model is required when holdslayer.llm.base-url is set",
                assertThrows(IllegalArgumentException.class, () -> OpenAiSettings.llm(new InMemoryConfig(Map.of(
                        "holdslayer.llm.base-url", "http://127.0.0.1:11434/v1")))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new OpenAiSettings(OpenAiSettings.STT,
                "127.0.0.1:8000", "m", "", Duration.ofSeconds(1), 0, "")).getMessage()
                .startsWith("holdslayer.stt.base-url must be an http(s) URL"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new OpenAiSettings(OpenAiSettings.TTS,
                "", "m", "", Duration.ofSeconds(1), -1, "")).getMessage().startsWith("holdslayer.tts.retries"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new OpenAiSettings(OpenAiSettings.TTS,
                "", "m", "", Duration.ZERO, 1, "")).getMessage().startsWith("holdslayer.tts.timeout-ms"));
    }

    @Test
    void theApiKeyIsNotShownInToString() {
        assertFalse(new OpenAiSettings(OpenAiSettings.LLM, "https://api.example.com/v1", "m", "sk-secret",
                Duration.ofSeconds(1), 0, "").toString().contains("sk-secret"));
    }
}
