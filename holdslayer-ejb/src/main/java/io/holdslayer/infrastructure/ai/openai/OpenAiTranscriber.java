package io.holdslayer.infrastructure.ai.openai;

import io.holdslayer.application.ai.AiUnavailableException;
import io.holdslayer.application.ai.SpeechToText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.config.Config;

/** Speech to text through {@code POST {base}/audio/transcriptions}: each speech segment is sent as an 8 kHz WAV. */
@ApplicationScoped
public class OpenAiTranscriber implements SpeechToText {

    private static final String PATH = "/audio/transcriptions";
    private static final int SAMPLE_RATE = 8000;

    private OpenAiHttp http;

    protected OpenAiTranscriber() {
        // for CDI's client proxy
    }

    @Inject
    public OpenAiTranscriber(Config config) {
        this(OpenAiSettings.stt(config));
    }

    public OpenAiTranscriber(OpenAiSettings settings) {
        this.http = new OpenAiHttp(settings);
    }

    @Override
    public boolean configured() {
        return http.settings().configured();
    }

    @Override
    public String transcribe(byte[] pcm16le8kMono) throws AiUnavailableException {
        if (pcm16le8kMono.length < 2) {
            return "";
        }
        MultipartForm form = new MultipartForm()
                .file("file", "speech.wav", "audio/wav", PcmWav.mono16(pcm16le8kMono, SAMPLE_RATE))
                .field("model", http.settings().model())
                .field("response_format", "json");
        JsonObject answer = http.postForJson(PATH, form.contentType(), form.bytes());
        if (!(answer.get("text") instanceof JsonString text)) {
            throw new AiUnavailableException(http.where(PATH) + " answered without a text: " + answer);
        }
        return text.getString().strip();
    }
}
