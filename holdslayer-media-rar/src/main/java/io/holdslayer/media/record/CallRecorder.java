package io.holdslayer.media.record;

import io.holdslayer.api.media.RecordingMode;
import io.holdslayer.media.mixer.Saturation;
import io.holdslayer.media.tap.FrameQueue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records one call: each tick the clock hands it the company leg's and the user's (device leg's) received
 * audio; stereo keeps them apart (company left, user right), mono mixes them. Writing happens on a worker
 * through a frame queue (two seconds deep), so a slow disk drops frames (counted) instead of stalling the clock.
 * The file (and its directory) is created by the worker too, before the first frame, so whoever starts a
 * recording does no disk I/O.
 */
public final class CallRecorder implements FrameQueue.Consumer {

    private static final Logger LOG = Logger.getLogger(CallRecorder.class.getName());
    private static final int FRAME = 160;

    private final Path file;
    private final RecordingMode mode;
    private WavFileWriter writer;
    private final FrameQueue queue;
    private final short[] interleaved = new short[2 * FRAME];
    private final Runnable onClosed;
    private volatile boolean failed;

    public CallRecorder(Path file, RecordingMode mode, Executor workers, Runnable onClosed) {
        if (mode == RecordingMode.OFF) {
            throw new IllegalArgumentException("recording mode OFF records nothing");
        }
        this.file = file;
        this.mode = mode;
        this.onClosed = onClosed;
        this.queue = new FrameQueue(100, 2 * FRAME, workers, this);
    }

    /** From the clock thread: this tick's company and user audio (either may be silence). */
    public void capture(short[] company, short[] user) {
        if (!failed) {
            queue.offer(company, user);
        }
    }

    @Override
    public void consume(short[] frame) {
        if (failed) {
            return;
        }
        try {
            open();
            if (mode == RecordingMode.STEREO) {
                for (int i = 0; i < FRAME; i++) {
                    interleaved[2 * i] = frame[i];
                    interleaved[2 * i + 1] = frame[FRAME + i];
                }
                writer.write(interleaved, 2 * FRAME);
            } else {
                for (int i = 0; i < FRAME; i++) {
                    interleaved[i] = Saturation.clip(frame[i] + frame[FRAME + i]);
                }
                writer.write(interleaved, FRAME);
            }
        } catch (IOException e) {
            failed = true;
            LOG.log(Level.WARNING, "recording " + file + " failed; it stays valid up to here", e);
        }
    }

    public void close() {
        queue.close();
    }

    @Override
    public void closed() {
        try {
            if (!failed) {
                open();
                writer.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the recording " + file + " failed", e);
        } finally {
            onClosed.run();
        }
    }

    /** Worker: creates the file (a valid empty WAV) on first use. */
    private void open() throws IOException {
        if (writer == null) {
            Path directory = file.toAbsolutePath().getParent();
            if (directory != null) {
                Files.createDirectories(directory);
            }
            writer = new WavFileWriter(file, mode == RecordingMode.STEREO ? 2 : 1, 8000);
        }
    }

    public Path file() {
        return file;
    }

    public long droppedFrames() {
        return queue.dropped();
    }
}
