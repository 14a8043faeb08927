package io.holdslayer.tests.support;

import java.io.IOException;
import java.nio.file.Path;

/** The clips the speech-to-text stand-in recognises: the company's prompts as the simulator speaks them. */
public final class Voices {

    private Voices() {
    }

    /** An Asterisk prompt (Debian {@code asterisk-core-sounds-en-wav}). */
    public static Path asterisk(String prompt) {
        return Path.of("/usr/share/asterisk/sounds/en", prompt + ".wav");
    }

    /** The words as the company simulator speaks them (espeak-ng, the same voice and speed). */
    public static Path espeak(Path wav, String voice, String text) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("espeak-ng", "-v", voice, "-s", "160", "-w", wav.toString(), text)
                .redirectErrorStream(true).start();
        if (process.waitFor() != 0) {
            throw new IOException("espeak-ng failed: " + new String(process.getInputStream().readAllBytes()));
        }
        return wav;
    }
}
