package io.holdslayer.infrastructure.recording.wav;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Reads a WAV file's header, and rewrites its size fields from the file's length. */
public final class WavFile {

    private static final int MAX_HEADER = 64 * 1024;
    private static final long MAX_CHUNK = 0xFFFF_FFFFL;

    private WavFile() {
    }

    /** @throws IOException if the file cannot be read or is not a PCM WAV file */
    public static WavInfo read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return parse(channel, file);
        }
    }

    /**
     * Makes the header describe every whole sample frame in the file (a trailing partial frame is cut off):
     * the RIFF size and the data chunk's size, the fields a writer updates last.
     *
     * @return what the file holds after the repair
     */
    public static WavInfo repair(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            WavInfo info = parse(channel, file);
            long data = Math.min(info.dataBytes(), MAX_CHUNK - info.dataOffset());
            channel.truncate(info.dataOffset() + data);
            channel.write(uint32(info.dataOffset() - 8 + data), 4);
            channel.write(uint32(data), info.dataOffset() - 4);
            channel.force(true);
            return new WavInfo(info.channels(), info.sampleRate(), info.bitsPerSample(), info.dataOffset(), data,
                    info.dataOffset() + data);
        }
    }

    private static WavInfo parse(FileChannel channel, Path file) throws IOException {
        long size = channel.size();
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, MAX_HEADER)).order(ByteOrder.LITTLE_ENDIAN);
        while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
            // read the whole header region
        }
        head.flip();
        if (head.remaining() < 12 || !tag(head, 0).equals("RIFF") || !tag(head, 8).equals("WAVE")) {
            throw new IOException(file + " is not a RIFF/WAVE file");
        }
        int channels = 0;
        int rate = 0;
        int bits = 0;
        int position = 12;
        while (position + 8 <= head.limit()) {
            String id = tag(head, position);
            long length = Integer.toUnsignedLong(head.getInt(position + 4));
            if (id.equals("fmt ") && position + 24 <= head.limit()) {
                if (head.getShort(position + 8) != 1) {
                    throw new IOException(file + " is not PCM (format " + head.getShort(position + 8) + ")");
                }
                channels = head.getShort(position + 10);
                rate = head.getInt(position + 12);
                bits = head.getShort(position + 22);
            } else if (id.equals("data")) {
                if (channels < 1 || rate < 1 || bits < 8) {
                    throw new IOException(file + " has no usable fmt chunk before its data");
                }
                return new WavInfo(channels, rate, bits, position + 8, length, size);
            }
            position += 8 + (int) Math.min(length + (length & 1), MAX_HEADER);
        }
        throw new IOException(file + " has no data chunk in its first " + MAX_HEADER + " bytes");
    }

    private static String tag(ByteBuffer buffer, int at) {
        byte[] id = new byte[4];
        buffer.get(at, id);
        return new String(id, StandardCharsets.US_ASCII);
    }

    private static ByteBuffer uint32(long value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) value).flip();
    }
}
