package io.holdslayer.infrastructure.ai.espeak;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The prompts the build spoke into the class path. A build without espeak-ng and without npm has none, so each is
 * optional; the WAV files are 16-bit mono PCM at espeak-ng's rate (22.05 kHz), which the media plane resamples.
 */
@ApplicationScoped
public class BundledPrompts {

    /** What {@link #connectingNow()} says. */
    public static final String CONNECTING_NOW_TEXT = "One moment please, connecting you now.";
    static final String CONNECTING_NOW = "connecting-now.wav";

    /** "One moment please, connecting you now." as a WAV file, if the build bundled it. */
    public Optional<byte[]> connectingNow() {
        return read(CONNECTING_NOW);
    }

    private static Optional<byte[]> read(String name) {
        try (InputStream in = BundledPrompts.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled prompt " + name, e);
        }
    }
}
