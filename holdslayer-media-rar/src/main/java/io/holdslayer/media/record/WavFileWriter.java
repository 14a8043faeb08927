package io.holdslayer.media.record;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * 16-bit PCM WAV at 8 kHz written as it goes. {@code javax.sound.sampled} writes a WAV only when the whole
 * stream's length is known; a call recording must be valid while it grows, so the RIFF header is written
 * here. Samples are collected in memory and written every {@code headerEverySamples} sample frames (one write
 * per second instead of fifty), each time followed by the rewritten size fields, and on close: a crash leaves a
 * valid file holding everything up to the last such point.
 */
public final class WavFileWriter implements AutoCloseable {

    private static final int HEADER = 44;

    private final FileChannel channel;
    private final int channels;
    private final long headerEvery;
    private final ByteBuffer buffer;
    private long dataBytes;
    private long sinceHeader;

    public WavFileWriter(Path file, int channels, int headerEverySamples) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        this.channels = channels;
        this.headerEvery = headerEverySamples;
        this.buffer = ByteBuffer.allocate(2 * channels * headerEverySamples + 4096).order(ByteOrder.LITTLE_ENDIAN);
        channel.write(header(0), 0);
    }

    /** Appends interleaved samples ({@code count} values, a multiple of the channel count). */
    public void write(short[] samples, int count) throws IOException {
        if (buffer.remaining() < 2 * count) {
            flush();
        }
        buffer.asShortBuffer().put(samples, 0, count);
        buffer.position(buffer.position() + 2 * count);
        sinceHeader += count / channels;
        if (sinceHeader >= headerEvery) {
            flush();
        }
    }

    /** Writes the collected samples, then the header that covers them. */
    private void flush() throws IOException {
        buffer.flip();
        long position = HEADER + dataBytes;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
        dataBytes = position - HEADER;
        buffer.clear();
        channel.write(header(dataBytes), 0);
        sinceHeader = 0;
    }

    private ByteBuffer header(long data) {
        ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) (36 + data));
        h.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16);
        h.putShort((short) 1).putShort((short) channels).putInt(8000).putInt(8000 * 2 * channels);
        h.putShort((short) (2 * channels)).putShort((short) 16);
        h.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) data);
        return h.flip();
    }

    public long dataBytes() {
        return dataBytes;
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            channel.close();
        }
    }
}
