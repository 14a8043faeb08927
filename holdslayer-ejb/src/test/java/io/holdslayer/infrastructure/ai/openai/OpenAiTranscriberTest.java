package io.holdslayer.infrastructure.ai.openai;

import io.holdslayer.application.ai.AiUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAiTranscriberTest {

    private final ScriptedApiServer api;

    OpenAiTranscriberTest() throws java.io.IOException {
        api = new ScriptedApiServer();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private OpenAiTranscriber transcriber() {
        return new OpenAiTranscriber(new OpenAiSettings(OpenAiSettings.STT, api.baseUrl(), "whisper-1", "",
                Duration.ofSeconds(5), 0, ""));
    }

    /** Half a second of a 440 Hz tone, as the media plane hands over a speech segment. */
    private static byte[] segment() {
        ByteBuffer pcm = ByteBuffer.allocate(8000).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 4000; i++) {
            pcm.putShort((short) (8000 * Math.sin(2 * Math.PI * 440 * i / 8000.0)));
        }
        return pcm.array();
    }

    @Test
    void theSegmentIsSentAsAn8kMono16BitWavInAMultipartForm() throws Exception {
        api.json(200, "{\"text\":\" For billing, press 1. \"}");
        byte[] pcm = segment();

        assertEquals("For billing, press 1.", transcriber().transcribe(pcm));

        ScriptedApiServer.Received request = api.received().get(0);
        assertEquals("/v1/audio/transcriptions", request.path());
        String contentType = request.headers().getFirst("Content-Type");
        assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
        Map<String, byte[]> parts = parts(request.body(), contentType.substring(contentType.indexOf('=') + 1));
        assertEquals("whisper-1", new String(parts.get("model"), StandardCharsets.UTF_8));
        assertEquals("json", new String(parts.get("response_format"), StandardCharsets.UTF_8));
        try (AudioInputStream wav = AudioSystem.getAudioInputStream(new ByteArrayInputStream(parts.get("file")))) {
            AudioFormat format = wav.getFormat();
            assertEquals(AudioFormat.Encoding.PCM_SIGNED, format.getEncoding());
            assertEquals(8000f, format.getSampleRate());
            assertEquals(1, format.getChannels());
            assertEquals(16, format.getSampleSizeInBits());
            assertTrue(!format.isBigEndian());
            assertArrayEquals(pcm, wav.readAllBytes());
        }
    }

    @Test
    void anEmptySegmentIsNotSent() throws AiUnavailableException {
        assertEquals("", transcriber().transcribe(new byte[0]));
        assertTrue(api.received().isEmpty());
    }

    /** The parts of a multipart/form-data body by name; the file part must name its file and type. */
    private static Map<String, byte[]> parts(byte[] body, String boundary) {
        String latin = new String(body, StandardCharsets.ISO_8859_1);
        assertTrue(latin.endsWith("--" + boundary + "--\r\n"), "closing delimiter");
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (String part : latin.split("--" + boundary + "(--)?\r\n")) {
            if (part.isEmpty()) {
                continue;
            }
            int headersEnd = part.indexOf("\r\n\r\n");
            String headers = part.substring(0, headersEnd);
            String name = headers.replaceAll("(?s)^.*?; name=\"([^\"]+)\".*", "$1");
            if (name.equals("file")) {
                assertTrue(headers.contains("filename=\"speech.wav\"") && headers.contains("Content-Type: audio/wav"),
                        headers);
            }
            byte[] content = part.substring(headersEnd + 4, part.length() - 2).getBytes(StandardCharsets.ISO_8859_1);
            parts.put(name, Arrays.copyOf(content, content.length));
        }
        assertEquals(java.util.Set.of("file", "model", "response_format"), parts.keySet());
        return parts;
    }
}
