/**
 * A labelled corpus of synthetic calls composed from real recordings that Debian packages install (Asterisk's
 * prompts in three languages and hold music, espeak-ng voices), and the evaluator that scores the pipeline on it.
 */
package io.holdslayer.audio.corpus;
