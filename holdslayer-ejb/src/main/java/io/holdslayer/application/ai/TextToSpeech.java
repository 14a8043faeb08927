package io.holdslayer.application.ai;

/** Speaks text as a WAV file. */
public interface TextToSpeech {

    boolean configured();

    byte[] synthesize(String text) throws AiUnavailableException;
}
