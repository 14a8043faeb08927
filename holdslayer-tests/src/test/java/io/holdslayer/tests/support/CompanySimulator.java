package io.holdslayer.tests.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The company simulator (pjsua2, {@code src/simulator/java}) as a separate process: a company reached through a
 * trunk, answering on 127.0.0.1 over UDP as the scenario of the dialled number says (docs/testing.md). The first use
 * in a JVM runs {@code build/install-pjsua2.sh}, which builds pjsua2 once per machine and the simulator when its
 * sources change. Each call leaves {@code call-N.jsonl} (its log) and {@code call-N.wav} (what the company heard)
 * in {@link #dir()}, numbered from 1 in the order the INVITEs arrived.
 */
public final class CompanySimulator implements AutoCloseable {

    /** Menu (1 billing, 2 support), billing queue of 20 s with an announcement every 8 s of music, then Sarah. */
    public static final String ACME_BANK = "+15550100";
    /** Like Acme Bank, but the billing queue hangs up after 12 s. */
    public static final String ACME_BANK_DROPS_CALL = "+15550101";
    /** A menu that repeats forever, whatever is pressed. */
    public static final String STUCK_MENU = "+15550102";
    /** Answers 486 Busy Here. */
    public static final String BUSY = "+15550103";
    /** Rings and never answers. */
    public static final String NO_ANSWER = "+15550104";
    /** Sarah at once, behind a trunk that demands digest credentials (user trunk, password trunk-secret). */
    public static final String ACME_BANK_AUTHENTICATED = "+15550105";

    /** The simulator's jar for these sources; pjsua2's directory is two levels up. */
    private static Path simulatorJar;

    private final Process process;
    private final Path dir;
    private final int port;
    private final long startMillis;

    private CompanySimulator(Process process, Path dir, int port, long startMillis) {
        this.process = process;
        this.dir = dir;
        this.port = port;
        this.startMillis = startMillis;
    }

    /** Starts the simulator with the shipped companies ({@code simulator/companies.properties}). */
    public static CompanySimulator start(String name) {
        try {
            return start(name, Path.of(CompanySimulator.class.getResource("/simulator/companies.properties").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static CompanySimulator start(String name, Path scenarios) {
        return start(name, scenarios, 0);
    }

    /** Starts the shipped companies on a given SIP port: a company that comes back where it was. */
    public static CompanySimulator start(String name, int sipPort) {
        try {
            return start(name, Path.of(CompanySimulator.class.getResource("/simulator/companies.properties").toURI()),
                    sipPort);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the companies of a scenario file on {@code sipPort} (0: any free port). */
    public static CompanySimulator start(String name, Path scenarios, int sipPort) {
        try {
            Path jar = install();
            Path home = jar.getParent().getParent();
            Path dir = Path.of(System.getProperty("holdslayer.it.dir", "target/it-data"), "simulator-" + name)
                    .toAbsolutePath();
            deleteTree(dir);
            Files.createDirectories(dir);
            long started = System.nanoTime();
            Process process = new ProcessBuilder("java", "-Djava.library.path=" + home.resolve("lib"),
                    "-cp", home.resolve("pjsua2.jar") + java.io.File.pathSeparator + jar,
                    "io.holdslayer.simulator.Main", "--scenarios", scenarios.toAbsolutePath().toString(),
                    "--dir", dir.toString(), "--port", String.valueOf(sipPort))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("simulator.out").toFile()).start();
            Path ready = dir.resolve("ready");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(ready)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("the company simulator did not start:\n"
                            + Files.readString(dir.resolve("simulator.out")));
                }
                Thread.sleep(20);
            }
            int port = Integer.parseInt(Files.readString(ready).strip());
            return new CompanySimulator(process, dir, port, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs the install script once per JVM; it returns at once when everything is built. */
    private static synchronized Path install() throws IOException, InterruptedException {
        if (simulatorJar == null) {
            Path root = Path.of(System.getProperty("holdslayer.root", "..")).toAbsolutePath().normalize();
            Process script = new ProcessBuilder("bash", root.resolve("build/install-pjsua2.sh").toString(), "--simulator")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String output = new String(script.getInputStream().readAllBytes()).strip();
            if (script.waitFor() != 0 || output.isEmpty()) {
                throw new IllegalStateException("build/install-pjsua2.sh failed");
            }
            simulatorJar = Path.of(output.substring(output.lastIndexOf('\n') + 1));
        }
        return simulatorJar;
    }

    public int port() {
        return port;
    }

    /** From launching the JVM to the simulator answering SIP. */
    public long startMillis() {
        return startMillis;
    }

    /** Where the logs, recordings and pjsip's own log ({@code pjsua.log}) go. */
    public Path dir() {
        return dir;
    }

    /** The request URI that reaches the company at {@code number}. */
    public String uri(String number) {
        return "sip:" + number + "@127.0.0.1:" + port;
    }

    /** The number of the latest call that arrived (its log is {@code call-N.jsonl}); fails when none did. */
    public int lastCall() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("call-\\d+\\.jsonl"))
                    .mapToInt(n -> Integer.parseInt(n.substring(5, n.length() - 6))).max()
                    .orElseThrow(() -> new AssertionError("the company got no call: " + report()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path log(int call) {
        return dir.resolve("call-" + call + ".jsonl");
    }

    public Path recording(int call) {
        return dir.resolve("call-" + call + ".wav");
    }

    /** The events logged so far for a call (none when it has not arrived). */
    public List<JsonObject> events(int call) {
        Path log = log(call);
        if (!Files.exists(log)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.endsWith("}"))
                    .map(line -> Json.createReader(new StringReader(line)).readObject()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event names of a call in order: a path through the scenario to compare with. */
    public List<String> eventNames(int call) {
        return events(call).stream().map(event -> event.getString("event")).toList();
    }

    /** Waits for an event of a call; null when it has not come within the timeout. */
    public JsonObject awaitEvent(int call, String event, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            for (JsonObject logged : events(call)) {
                if (logged.getString("event").equals(event)) {
                    return logged;
                }
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return null;
    }

    public String report() {
        try {
            return "simulator output:\n" + Files.readString(dir.resolve("simulator.out"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
