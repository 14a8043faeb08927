package io.holdslayer.simulator;

/**
 * One piece of audio a company plays and the words in it.
 *
 * @param source where the audio comes from: {@code sound:NAME} (an Asterisk prompt), {@code moh:NAME} (an Asterisk
 *               hold-music track), {@code say:WORDS} or {@code say[VOICE]:WORDS} (espeak-ng), {@code file:PATH}
 * @param text   what it says, for the log and for scripting a speech-to-text stand-in
 */
public record Prompt(String source, String text) {
}
