package io.holdslayer.application.ai;

/** Speaks text for the media plane to play into a call. */
public interface TextToSpeech {

    boolean configured();

    /** @return a WAV file (PCM, µ-law or A-law, any rate) */
    byte[] synthesize(String text) throws AiUnavailableException;
}
