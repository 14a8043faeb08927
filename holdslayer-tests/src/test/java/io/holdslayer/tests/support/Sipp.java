package io.holdslayer.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A SIPp peer (Debian {@code sip-tester}) running one of the scenarios in {@code src/test/resources/sipp}, as a
 * subprocess with its message trace and error log in the IT directory. Exit code 0 means every call followed
 * the scenario.
 */
public final class Sipp implements AutoCloseable {

    /** The speech capture that Debian's sip-tester ships and {@code company-talks.xml} plays. */
    static final String SIPP_SPEECH_SAMPLE = "/usr/share/sip-tester/g711a.pcap";

    private final Process process;
    private final Path messages;
    private final Path errors;

    private Sipp(List<String> command, Path messages, Path errors, Path output) throws IOException {
        this.messages = messages;
        this.errors = errors;
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
    }

    /**
     * Starts SIPp.
     *
     * @param name     a label for the log files
     * @param scenario file name under {@code sipp/} on the test class path, or an absolute path
     * @param port     the SIP port SIPp binds on 127.0.0.1 (RTP on port + 100)
     * @param args     further SIPp arguments (e.g. the remote host for a UAC, {@code -m 1})
     */
    public static Sipp start(String name, String scenario, int port, String... args) {
        try {
            Path dir = Path.of(System.getProperty("holdslayer.it.dir", "target/it-data"), "sipp").toAbsolutePath();
            Files.createDirectories(dir);
            Path messages = dir.resolve(name + "-messages.log");
            Path errors = dir.resolve(name + "-errors.log");
            Files.deleteIfExists(messages);
            Files.deleteIfExists(errors);
            List<String> command = new ArrayList<>(List.of("sipp", "-sf", scenario(scenario).toString(),
                    "-i", "127.0.0.1", "-p", String.valueOf(port), "-mp", String.valueOf(port + 100),
                    "-nostdin", "-aa", "-trace_msg", "-message_file", messages.toString(),
                    "-trace_err", "-error_file", errors.toString()));
            command.addAll(List.of(args));
            Sipp sipp = new Sipp(command, messages, errors, dir.resolve(name + "-screen.log"));
            Thread.sleep(300);
            return sipp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts {@code company-talks.xml} with another capture in place of SIPp's own speech sample, and gives the
     * gateway {@code byeWithin} to hang up.
     */
    public static Sipp companyPlaying(String name, Path capture, Duration byeWithin, int port, String... args) {
        try {
            String talks = Files.readString(scenario("company-talks.xml"), StandardCharsets.ISO_8859_1);
            String plays = talks.replace(SIPP_SPEECH_SAMPLE, capture.toAbsolutePath().toString())
                    .replace("<recv request=\"BYE\" timeout=\"60000\"/>",
                            "<recv request=\"BYE\" timeout=\"" + byeWithin.toMillis() + "\"/>");
            Path dir = Path.of(System.getProperty("holdslayer.it.dir", "target/it-data"), "sipp").toAbsolutePath();
            Files.createDirectories(dir);
            Path scenario = dir.resolve(name + ".xml");
            Files.writeString(scenario, plays, StandardCharsets.ISO_8859_1);
            return start(name, scenario.toString(), port, args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path scenario(String name) {
        if (Path.of(name).isAbsolute()) {
            return Path.of(name);
        }
        try {
            return Path.of(Sipp.class.getResource("/sipp/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no SIPp scenario " + name, e);
        }
    }

    /** Waits for SIPp to finish; kills it after the timeout. @return SIPp's exit code, -1 when killed */
    public int await(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroy();
                process.waitFor(5, TimeUnit.SECONDS);
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything SIPp sent and received so far. */
    public String messages() {
        return read(messages);
    }

    public String errors() {
        return read(errors);
    }

    /** A description for assertion messages: the error log and the message trace. */
    public String report() {
        return "SIPp errors:\n" + errors() + "\nSIPp messages:\n" + messages();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
