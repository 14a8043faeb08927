package io.holdslayer.tests.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The processes the demo started, stopped in the reverse order (the phone, the gateway, the company) when the demo
 * ends however it ends; then any process still running from the demo's data directory (a WildFly whose launcher
 * was stopped twice, by Ctrl-C and by the cleanup) is given a minute to finish and then killed.
 */
final class DemoParts {

    private final Path dataDir;
    private final PrintStream out;
    private final List<AutoCloseable> started = new ArrayList<>();
    private volatile boolean stopped;

    DemoParts(Path dataDir, PrintStream out) {
        this.dataDir = dataDir;
        this.out = out;
    }

    synchronized <T extends AutoCloseable> T add(T part) {
        started.add(part);
        return part;
    }

    /** Whether the demo is being stopped (Ctrl-C, or its end): what fails now is no news. */
    boolean stopping() {
        return stopped;
    }

    synchronized void stopAll() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (!started.isEmpty()) {
            out.println("Stopping the phone, the gateway and the company simulator...");
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                out.println("  stopping " + started.get(i).getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        stopLeftovers();
        out.println("Stopped.");
    }

    private void stopLeftovers() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<ProcessHandle> left = leftovers();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            sleep();
            left = leftovers();
        }
        left.forEach(ProcessHandle::destroyForcibly);
    }

    /** Processes whose command line names the data directory (onExit() does not wait for non-children). */
    private List<ProcessHandle> leftovers() {
        String marker = dataDir.toString();
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses().filter(p -> p.pid() != self && p.isAlive())
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false)).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
