package io.holdslayer.audio.cli;

import io.holdslayer.audio.io.AudioFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code analyze FILE.wav [--json]}: exit 0 on success, 2 on bad usage, 1 when the file cannot be read. */
public final class Analyze {

    private Analyze() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        String file = null;
        boolean json = false;
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.startsWith("-") || file != null) {
                System.err.println("usage: holdslayer analyze FILE.wav [--json]");
                return 2;
            } else {
                file = arg;
            }
        }
        if (file == null) {
            System.err.println("usage: holdslayer analyze FILE.wav [--json]");
            return 2;
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            System.err.println("analyze: no such file: " + file);
            return 1;
        }
        try {
            Analysis analysis = Analysis.of(path.getFileName().toString(), AudioFiles.read(path));
            System.out.println(json ? analysis.toJson() : analysis.toTimeline());
            return 0;
        } catch (IOException e) {
            System.err.println("analyze: " + e.getMessage());
            return 1;
        }
    }
}
