package io.holdslayer.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Serves a file whole or one byte range of it (RFC 9110 §14): {@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}. */
final class ByteRanges {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private ByteRanges() {
    }

    static Response serve(Path file, String type, String range) {
        long length;
        try {
            length = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (range == null || range.isBlank()) {
            return Response.ok(stream(file, 0, length), type).header("Accept-Ranges", "bytes")
                    .header("Content-Length", length).build();
        }
        long[] span = span(range, length);
        if (span == null) {
            return unsatisfiable(length);
        }
        long start = span[0];
        long end = span[1];
        return Response.status(Response.Status.PARTIAL_CONTENT).entity(stream(file, start, end - start + 1)).type(type)
                .header("Accept-Ranges", "bytes").header("Content-Range", "bytes " + start + "-" + end + "/" + length)
                .header("Content-Length", end - start + 1).build();
    }

    /** The first and last byte a range header asks for in a file of {@code length} bytes, or null if it cannot be served. */
    static long[] span(String range, long length) {
        Matcher m = SINGLE.matcher(range.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        long start;
        long end;
        if (m.group(1).isEmpty()) {
            start = Math.max(0, length - Long.parseLong(m.group(2)));
            end = length - 1;
        } else {
            start = Long.parseLong(m.group(1));
            end = m.group(2).isEmpty() ? length - 1 : Math.min(length - 1, Long.parseLong(m.group(2)));
        }
        return start >= length || end < start ? null : new long[]{start, end};
    }

    private static Response unsatisfiable(long length) {
        return Response.status(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE)
                .header("Content-Range", "bytes */" + length).build();
    }

    private static StreamingOutput stream(Path file, long offset, long count) {
        return out -> {
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(offset);
                byte[] buffer = new byte[16 * 1024];
                long left = count;
                while (left > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    left -= n;
                }
            }
        };
    }
}
