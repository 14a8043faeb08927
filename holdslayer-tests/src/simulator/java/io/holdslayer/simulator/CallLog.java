package io.holdslayer.simulator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One call's log: a JSON object per line, each with the wall-clock time, the milliseconds since the INVITE, the
 * event name and its fields (strings, numbers or booleans), flushed line by line so that a test can read it while
 * the call goes on.
 */
public final class CallLog implements AutoCloseable {

    private final BufferedWriter out;
    private final long start = System.nanoTime();

    public CallLog(Path file) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** @param fields name, value, name, value... */
    public synchronized void event(String event, Object... fields) {
        StringBuilder line = new StringBuilder("{\"time\":\"").append(Instant.now()).append("\",\"elapsedMs\":")
                .append((System.nanoTime() - start) / 1_000_000).append(",\"event\":");
        quote(line, event);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            if (fields[i + 1] == null) {
                continue;
            }
            line.append(',');
            quote(line, fields[i].toString());
            line.append(':');
            if (fields[i + 1] instanceof Number || fields[i + 1] instanceof Boolean) {
                line.append(fields[i + 1]);
            } else {
                quote(line, fields[i + 1].toString());
            }
        }
        try {
            out.write(line.append('}').append('\n').toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void quote(StringBuilder line, String text) {
        line.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
