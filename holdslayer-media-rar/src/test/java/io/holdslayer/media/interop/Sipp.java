package io.holdslayer.media.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs SIPp (Debian package sip-tester) with one of this module's scenarios, placeholders filled in. */
final class Sipp {

    static final String CAPTURES = "/usr/share/sip-tester";

    private final Process process;
    private final Path log;

    private Sipp(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static Sipp start(Path workDir, String scenario, Map<String, String> placeholders, String... arguments)
            throws IOException {
        String xml;
        try (InputStream in = Sipp.class.getResourceAsStream("/sipp/" + scenario)) {
            xml = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        for (Map.Entry<String, String> entry : placeholders.entrySet()) {
            xml = xml.replace("@" + entry.getKey() + "@", entry.getValue());
        }
        Path file = workDir.resolve(scenario);
        Files.writeString(file, xml, StandardCharsets.ISO_8859_1);
        List<String> command = new ArrayList<>(List.of("sipp", "-sf", file.toString(), "-m", "1", "-nostdin",
                "-trace_err", "-timeout", "40s"));
        command.addAll(List.of(arguments));
        Path log = workDir.resolve(scenario + ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new Sipp(process, log);
    }

    /** Waits for SIPp to end; returns its exit code (0: the call succeeded). */
    int await(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroy();
            return -1;
        }
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    }

    void kill() {
        process.destroy();
    }
}
