package io.holdslayer.application.ai;

/** Transcribes one speech segment of the company's audio. */
public interface SpeechToText {

    boolean configured();

    /** @param pcm16le8kMono 16-bit little-endian PCM, 8 kHz, mono; @return the words heard, possibly empty */
    String transcribe(byte[] pcm16le8kMono) throws AiUnavailableException;
}
