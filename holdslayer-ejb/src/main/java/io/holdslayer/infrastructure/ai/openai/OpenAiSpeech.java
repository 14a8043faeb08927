package io.holdslayer.infrastructure.ai.openai;

import io.holdslayer.application.ai.AiUnavailableException;
import io.holdslayer.application.ai.TextToSpeech;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.eclipse.microprofile.config.Config;

import java.nio.charset.StandardCharsets;

/** Text to speech through {@code POST {base}/audio/speech}, asking for a WAV the media plane can play. */
@ApplicationScoped
public class OpenAiSpeech implements TextToSpeech {

    private static final String PATH = "/audio/speech";

    private OpenAiHttp http;

    protected OpenAiSpeech() {
        // for CDI's client proxy
    }

    @Inject
    public OpenAiSpeech(Config config) {
        this(OpenAiSettings.tts(config));
    }

    public OpenAiSpeech(OpenAiSettings settings) {
        this.http = new OpenAiHttp(settings);
    }

    @Override
    public boolean configured() {
        return http.settings().configured();
    }

    @Override
    public byte[] synthesize(String text) throws AiUnavailableException {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("nothing to say");
        }
        String request = Json.createObjectBuilder()
                .add("model", http.settings().model())
                .add("input", text.strip())
                .add("voice", http.settings().voice())
                .add("response_format", "wav")
                .build().toString();
        byte[] wav = http.post(PATH, "application/json", request.getBytes(StandardCharsets.UTF_8));
        if (!PcmWav.isWav(wav)) {
            throw new AiUnavailableException(http.where(PATH) + " answered with something other than a WAV file ("
                    + wav.length + " bytes)");
        }
        return wav;
    }
}
