package io.holdslayer.tests.demo;

import io.holdslayer.tests.support.CompanySimulator;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** What the company simulator logged of the demo's call (its latest): here, when the agent began to speak. */
final class CompanyLog {

    private final CompanySimulator company;

    CompanyLog(CompanySimulator company) {
        this.company = company;
    }

    /**
     * The wall-clock time of the first prompt after {@code agent-answered} (the simulator logs a prompt as it
     * starts playing it); null when the log does not have it within {@code wait}.
     */
    Instant agentFirstSpoke(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        do {
            Instant spoke = firstAgentPrompt(company.events(latestCall()));
            if (spoke != null) {
                return spoke;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return null;
    }

    static Instant firstAgentPrompt(List<JsonObject> events) {
        boolean agent = false;
        for (JsonObject event : events) {
            String name = event.getString("event");
            agent |= name.equals("agent-answered");
            if (agent && name.equals("prompt")) {
                return Instant.parse(event.getString("time"));
            }
        }
        return null;
    }

    private int latestCall() {
        try (Stream<java.nio.file.Path> files = Files.list(company.dir())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("call-\\d+\\.jsonl"))
                    .mapToInt(n -> Integer.parseInt(n.substring(5, n.length() - 6))).max().orElse(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
