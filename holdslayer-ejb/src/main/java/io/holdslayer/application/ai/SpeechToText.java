package io.holdslayer.application.ai;

/** Transcribes speech (16-bit little-endian PCM, 8 kHz mono). */
public interface SpeechToText {

    boolean configured();

    String transcribe(byte[] pcm16le8kMono) throws AiUnavailableException;
}
