package io.holdslayer.application.recording;

import io.holdslayer.domain.model.call.CallRecordRepository;
import io.holdslayer.domain.model.recording.Recording;
import io.holdslayer.domain.model.recording.RecordingLayout;
import io.holdslayer.domain.model.recording.RecordingRepository;
import io.holdslayer.infrastructure.config.GatewaySettings;
import io.holdslayer.infrastructure.recording.wav.WavFile;
import io.holdslayer.infrastructure.recording.wav.WavInfo;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The index of call recordings. The media plane reports each recording's start and stop; the catalogue keeps a
 * row per file, completed from the file itself when it stops, mended at startup when a crash left it open, and
 * removed with its file once older than {@value #RETENTION_DAYS} days (0, the default, keeps everything).
 */
@Stateless
public class RecordingCatalog {

    public static final String RETENTION_DAYS = "holdslayer.recording.retention-days";
    private static final Logger LOG = Logger.getLogger(RecordingCatalog.class.getName());
    private static final int DEFAULT_RATE = 8000;

    @Inject
    private RecordingRepository recordings;
    @Inject
    private CallRecordRepository calls;
    @Inject
    private GatewaySettings settings;
    @Inject
    private Config config;

    private RecordingFiles files;
    private int retentionDays;
    private Clock clock = Clock.systemUTC();

    public RecordingCatalog() {
    }

    RecordingCatalog(RecordingRepository recordings, CallRecordRepository calls, Path dataDir, int retentionDays,
                     Clock clock) {
        this.recordings = recordings;
        this.calls = calls;
        this.files = new RecordingFiles(dataDir);
        this.retentionDays = checkedRetention(retentionDays);
        this.clock = clock;
    }

    @PostConstruct
    void configure() {
        files = new RecordingFiles(settings.dataDir());
        retentionDays = checkedRetention(config.getOptionalValue(RETENTION_DAYS, Integer.class).orElse(0));
    }

    /** @throws UnknownCallException if the call has no record */
    public RecordingSummary started(String callId, String path, Instant at) {
        if (calls.find(callId).isEmpty()) {
            throw new UnknownCallException(callId);
        }
        String stored = files.stored(path);
        Optional<Recording> known = byPath(callId, stored);
        if (known.isPresent()) {
            return RecordingSummary.of(known.get());
        }
        Recording recording = new Recording(callId, stored, RecordingLayout.STEREO, DEFAULT_RATE, at);
        recordings.store(recording);
        return RecordingSummary.of(recording);
    }

    /** Completes the recording from its file; one whose start was never reported is catalogued now. */
    public RecordingSummary stopped(String callId, String path, Instant at) {
        String stored = files.stored(path);
        Recording recording = byPath(callId, stored).orElse(null);
        if (recording == null) {
            started(callId, path, at);
            recording = byPath(callId, stored).orElseThrow();
        }
        Path file = files.resolve(stored);
        try {
            WavInfo wav = WavFile.read(file);
            recording.describe(wav.channels() == 2 ? RecordingLayout.STEREO : RecordingLayout.MIXED_MONO,
                    wav.sampleRate());
            recording.finish(wav.durationMs(), wav.fileBytes(), at);
        } catch (IOException e) {
            LOG.warning(() -> "Recording " + file + " of call " + callId + " cannot be read (" + e.getMessage()
                    + "); catalogued as empty");
            recording.finish(0, size(file), at);
        }
        recordings.store(recording);
        return RecordingSummary.of(recording);
    }

    public List<RecordingSummary> forCall(String callId) {
        return recordings.forCall(callId).stream().map(RecordingSummary::of).toList();
    }

    /** @param page from 0; @param size 1-500 */
    public RecordingPage list(int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("page must be 0 or more and size within 1-500, got " + page + ", " + size);
        }
        List<RecordingSummary> items = recordings.page(Math.multiplyExact(page, size), size).stream()
                .map(RecordingSummary::of).toList();
        return new RecordingPage(page, size, recordings.count(), items);
    }

    public Optional<RecordingSummary> find(long id) {
        return recordings.find(id).map(RecordingSummary::of);
    }

    /** The file to serve for a recording. */
    public Path file(RecordingSummary recording) {
        return files.resolve(recording.path());
    }

    /**
     * Completes the recordings a crash left open: each file's header is rewritten to cover what was written,
     * and the row gets the duration and size.
     *
     * @return how many were repaired
     */
    public int repairIncomplete() {
        List<Recording> open = recordings.incomplete();
        for (Recording recording : open) {
            Path file = files.resolve(recording.path());
            try {
                boolean mended = !WavFile.read(file).headerCoversFile();
                WavInfo wav = WavFile.repair(file);
                recording.describe(wav.channels() == 2 ? RecordingLayout.STEREO : RecordingLayout.MIXED_MONO,
                        wav.sampleRate());
                recording.finish(wav.durationMs(), wav.fileBytes(),
                        recording.startedAt().plusMillis(wav.durationMs()));
                LOG.info(() -> "Recording " + recording.id() + " of call " + recording.callId()
                        + " was left incomplete by a stop; " + (mended ? "its WAV header was rewritten, " : "")
                        + "now complete: " + wav.durationMs() + " ms, " + wav.fileBytes() + " bytes (" + file + ")");
            } catch (IOException e) {
                recording.finish(0, size(file), recording.startedAt());
                LOG.warning(() -> "Recording " + recording.id() + " of call " + recording.callId()
                        + " was left incomplete and its file cannot be repaired (" + e.getMessage()
                        + "); marked complete and empty");
            }
            recordings.store(recording);
        }
        return open.size();
    }

    /**
     * Deletes the files and rows of finished recordings older than the retention period.
     *
     * @return how many were deleted (0 when retention is off)
     */
    public int sweepExpired() {
        if (retentionDays == 0) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
        int deleted = 0;
        for (Recording recording : recordings.startedBefore(cutoff)) {
            if (!recording.complete()) {
                continue;
            }
            try {
                files.delete(recording.path());
                recordings.remove(recording);
                deleted++;
            } catch (IOException e) {
                LOG.warning(() -> "Retention: recording " + recording.id() + " kept: " + e.getMessage());
            }
        }
        int count = deleted;
        LOG.info(() -> "Retention: deleted " + count + " recordings started before " + cutoff);
        return deleted;
    }

    private Optional<Recording> byPath(String callId, String stored) {
        return recordings.forCall(callId).stream().filter(r -> r.path().equals(stored)).findFirst();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static int checkedRetention(int days) {
        if (days < 0) {
            throw new IllegalArgumentException(RETENTION_DAYS + " must be 0 (keep forever) or more, got " + days);
        }
        return days;
    }
}
