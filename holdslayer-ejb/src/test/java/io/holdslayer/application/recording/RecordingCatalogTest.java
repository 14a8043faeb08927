package io.holdslayer.application.recording;

import io.holdslayer.api.call.CallMode;
import io.holdslayer.domain.model.call.CallRecord;
import io.holdslayer.infrastructure.persistence.jpa.JpaCallRecordRepository;
import io.holdslayer.infrastructure.persistence.jpa.JpaRecordingRepository;
import io.holdslayer.infrastructure.persistence.jpa.TestDatabase;
import io.holdslayer.infrastructure.recording.wav.TestWav;
import io.holdslayer.infrastructure.recording.wav.WavFile;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import static io.holdslayer.infrastructure.persistence.jpa.TestDatabase.inTransactionGet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue against real databases and real files in a data directory. */
class RecordingCatalogTest {

    private static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    static List<TestDatabase> databases() {
        return TestDatabase.available("recording");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStoppedRecordingIsCompletedFromItsFile(TestDatabase db) throws Exception {
        try (EntityManagerFactory emf = db.fresh()) {
            storeCall(emf, "call-1");
            Path file = dataDir.resolve("recordings/call-1-1.wav");
            RecordingSummary started = with(emf, 0, c -> c.started("call-1", file.toString(), T0));
            assertFalse(started.complete());
            assertEquals("recordings/call-1-1.wav", started.path(), "stored relative to the data directory");

            TestWav.complete(file, 1, 8000, 40_000);
            RecordingSummary stopped = with(emf, 0, c -> c.stopped("call-1", file.toString(), T0.plusSeconds(3)));

            assertEquals(started.id(), stopped.id());
            assertTrue(stopped.complete());
            assertEquals(2500, stopped.durationMs());
            assertEquals(40_044, stopped.sizeBytes());
            assertEquals("MIXED_MONO", stopped.layout());
            assertEquals(T0.plusSeconds(3), stopped.endedAt());
            RecordingSummary found = with(emf, 0, c -> c.find(started.id()).orElseThrow());
            assertEquals(stopped, found);
            assertEquals(List.of(found), with(emf, 0, c -> c.forCall("call-1")));
            assertEquals(file, with(emf, 0, c -> c.file(found)));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRecordingOfAnUnknownCallIsRefusedByName(TestDatabase db) throws Exception {
        try (EntityManagerFactory emf = db.fresh()) {
            UnknownCallException e = assertThrows(UnknownCallException.class,
                    () -> with(emf, 0, c -> c.started("ghost", dataDir.resolve("r.wav").toString(), T0)));
            assertTrue(e.getMessage().contains("'ghost'"), e.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void recordingsACrashLeftOpenAreRepairedAndCompleted(TestDatabase db) throws Exception {
        try (EntityManagerFactory emf = db.fresh()) {
            storeCall(emf, "call-2");
            Path file = dataDir.resolve("recordings/call-2.wav");
            long id = with(emf, 0, c -> c.started("call-2", file.toString(), T0)).id();
            TestWav.write(file, 2, 8000, 32_000, 96_000);

            assertEquals(1, with(emf, 0, RecordingCatalog::repairIncomplete));

            RecordingSummary repaired = with(emf, 0, c -> c.find(id).orElseThrow());
            assertTrue(repaired.complete());
            assertEquals(3000, repaired.durationMs());
            assertEquals("STEREO", repaired.layout());
            assertEquals(T0.plusSeconds(3), repaired.endedAt());
            assertTrue(WavFile.read(file).headerCoversFile());
            assertEquals(0, with(emf, 0, RecordingCatalog::repairIncomplete));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void retentionDeletesOldRecordingsButNothingOutsideTheDataDirectory(TestDatabase db) throws Exception {
        try (EntityManagerFactory emf = db.fresh()) {
            storeCall(emf, "call-3");
            Path old = dataDir.resolve("recordings/old.wav");
            Path recent = dataDir.resolve("recordings/recent.wav");
            Path outside = elsewhere.resolve("old-outside.wav");
            for (Path file : List.of(old, recent, outside)) {
                Instant at = file == recent ? T0.minus(Duration.ofDays(5)) : T0.minus(Duration.ofDays(40));
                with(emf, 30, c -> c.started("call-3", file.toString(), at));
                TestWav.complete(file, 1, 8000, 1600);
                with(emf, 30, c -> c.stopped("call-3", file.toString(), at.plusSeconds(1)));
            }

            assertEquals(0, with(emf, 0, RecordingCatalog::sweepExpired), "0 days keeps everything");
            assertEquals(1, with(emf, 30, RecordingCatalog::sweepExpired));

            assertFalse(Files.exists(old));
            assertTrue(Files.exists(recent));
            assertTrue(Files.exists(outside), "a file outside the data directory is never deleted");
            assertEquals(List.of(outside.toString(), "recordings/recent.wav"),
                    with(emf, 30, c -> c.forCall("call-3")).stream().map(RecordingSummary::path).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listingPagesThroughTheMostRecentFirst(TestDatabase db) throws Exception {
        try (EntityManagerFactory emf = db.fresh()) {
            storeCall(emf, "call-4");
            for (int i = 0; i < 3; i++) {
                Instant at = T0.plusSeconds(60L * i);
                with(emf, 0, c -> c.started("call-4", dataDir.resolve("r" + at.getEpochSecond() + ".wav").toString(), at));
            }
            RecordingPage first = with(emf, 0, c -> c.list(0, 2));
            RecordingPage second = with(emf, 0, c -> c.list(1, 2));

            assertEquals(3, first.total());
            assertEquals(List.of(T0.plusSeconds(120), T0.plusSeconds(60)),
                    first.recordings().stream().map(RecordingSummary::startedAt).toList());
            assertEquals(List.of(T0), second.recordings().stream().map(RecordingSummary::startedAt).toList());
            assertThrows(IllegalArgumentException.class, () -> with(emf, 0, c -> c.list(0, 0)));
        }
    }

    private static void storeCall(EntityManagerFactory emf, String id) {
        TestDatabase.inTransaction(emf, em -> new JpaCallRecordRepository(em)
                .store(new CallRecord(id, "+15550100", CallMode.HOLD_SLAYER, null, T0.minusSeconds(60))));
    }

    private <T> T with(EntityManagerFactory emf, int retentionDays, Function<RecordingCatalog, T> work) {
        return inTransactionGet(emf, (EntityManager em) -> work.apply(new RecordingCatalog(new JpaRecordingRepository(em),
                new JpaCallRecordRepository(em), dataDir, retentionDays, Clock.fixed(T0, ZoneOffset.UTC))));
    }
}
