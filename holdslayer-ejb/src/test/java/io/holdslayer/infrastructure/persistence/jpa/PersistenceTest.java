package io.holdslayer.infrastructure.persistence.jpa;

import io.holdslayer.api.call.CallMode;
import io.holdslayer.api.call.CallStatus;
import io.holdslayer.domain.model.call.CallRecord;
import io.holdslayer.domain.model.call.CallRecordRepository;
import io.holdslayer.domain.model.call.Speaker;
import io.holdslayer.domain.model.device.Device;
import io.holdslayer.domain.model.flow.CallFlow;
import io.holdslayer.domain.model.recording.Recording;
import io.holdslayer.domain.model.recording.RecordingLayout;
import io.holdslayer.infrastructure.persistence.flyway.FlywayMigrator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The same persistence tests on every database the gateway supports: migrations apply to an empty database,
 * the entities match the migrated schema, and what is written is read back after the factory is reopened.
 */
class PersistenceTest {

    private static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");

    static List<TestDatabase> databases() {
        List<TestDatabase> databases = new ArrayList<>();
        databases.add(TestDatabase.h2(Path.of(System.getProperty("holdslayer.test.dir", "target/test-data"), "h2")));
        String pg = System.getenv(TestDatabase.PG_URL_VARIABLE);
        if (pg != null && !pg.isBlank()) {
            databases.add(TestDatabase.postgresql(pg));
        } else if (Boolean.getBoolean("holdslayer.test.requirePostgres")
                || "true".equals(System.getenv("HOLDSLAYER_TEST_REQUIRE_PG"))) {
            fail(TestDatabase.PG_URL_VARIABLE + " is not set but PostgreSQL is required; run ./holdslayer test");
        }
        return databases;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void migrationsApplyOnceAndMatchTheEntities(TestDatabase db) throws Exception {
        db.dropEverything();
        FlywayMigrator.Outcome first = db.migrate();
        FlywayMigrator.Outcome second = db.migrate();

        assertEquals(new FlywayMigrator.Outcome("1", 1), first);
        assertEquals(new FlywayMigrator.Outcome("1", 0), second);
        try (EntityManagerFactory emf = db.entityManagerFactory()) {
            assertTrue(emf.isOpen(), "Hibernate validated every entity against the migrated schema");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCallWithItsTranscriptAndClassificationsSurvivesReopening(TestDatabase db) throws Exception {
        db.dropEverything();
        db.migrate();

        try (EntityManagerFactory emf = db.entityManagerFactory()) {
            inTransaction(emf, em -> {
                CallRecord call = new CallRecord("call-1", "+15550100", CallMode.HOLD_SLAYER, "dispute a charge", T0);
                call.advanceTo(CallStatus.CONNECTED, T0.plusSeconds(3));
                call.classify("music", 0.93, T0.plusSeconds(20));
                call.advanceTo(CallStatus.ON_HOLD, T0.plusSeconds(21));
                call.addTranscript(Speaker.COMPANY, "Your call is important to us.", 0.88, T0.plusSeconds(30));
                call.classify("speech", 0.97, T0.plusSeconds(300));
                call.addTranscript(Speaker.COMPANY, "Hi, this is Dana, how can I help?", null, T0.plusSeconds(301));
                new JpaCallRecordRepository(em).store(call);
            });
        }

        try (EntityManagerFactory emf = db.entityManagerFactory()) {
            CallRecord read = read(emf, em -> {
                CallRecord call = new JpaCallRecordRepository(em).find("call-1").orElseThrow();
                call.transcript().size();
                call.classifications().size();
                return call;
            });
            assertEquals(CallStatus.ON_HOLD, read.status());
            assertEquals("dispute a charge", read.intent());
            assertEquals(T0.plusSeconds(21), read.holdStartedAt().truncatedTo(ChronoUnit.MILLIS));
            assertEquals(List.of("Your call is important to us.", "Hi, this is Dana, how can I help?"),
                    read.transcript().stream().map(c -> c.text()).toList());
            assertEquals(List.of("music", "speech"), read.classifications().stream().map(c -> c.label()).toList());
            assertEquals("speech", read.audioClass());
            assertEquals(List.of("call-1"), read(emf, em -> new JpaCallRecordRepository(em).unfinished())
                    .stream().map(CallRecord::id).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void endedCallsAreNoLongerUnfinishedAndCannotBeReopened(TestDatabase db) throws Exception {
        db.dropEverything();
        db.migrate();
        try (EntityManagerFactory emf = db.entityManagerFactory()) {
            inTransaction(emf, em -> {
                CallRecord call = new CallRecord("call-2", "+15550101", CallMode.DIRECT, null, T0);
                call.end(CallStatus.ENDED, "company hung up", T0.plusSeconds(60));
                new JpaCallRecordRepository(em).store(call);
            });
            CallRecord read = read(emf, em -> new JpaCallRecordRepository(em).find("call-2").orElseThrow());
            assertEquals("company hung up", read.endReason());
            assertTrue(read(emf, em -> new JpaCallRecordRepository(em).unfinished()).isEmpty());
            try {
                read.advanceTo(CallStatus.CONNECTED, T0);
                fail("an ended call moved again");
            } catch (IllegalStateException expected) {
                assertTrue(expected.getMessage().contains("already ENDED"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theHistoryIsSearchedByFiltersAndPagedMostRecentFirst(TestDatabase db) throws Exception {
        db.dropEverything();
        db.migrate();
        try (EntityManagerFactory emf = db.entityManagerFactory()) {
            inTransaction(emf, em -> {
                JpaCallRecordRepository records = new JpaCallRecordRepository(em);
                for (int i = 0; i < 5; i++) {
                    CallRecord call = new CallRecord("h-" + i, i < 3 ? "+15550100" : "+15550200",
                            i % 2 == 0 ? CallMode.HOLD_SLAYER : CallMode.DIRECT, null, T0.plusSeconds(60L * i));
                    call.end(i == 4 ? CallStatus.FAILED : CallStatus.ENDED, "done", T0.plusSeconds(60L * i + 30));
                    records.store(call);
                }
            });
            CallRecordRepository.Page bank = read(emf, em -> new JpaCallRecordRepository(em)
                    .search("+15550100", null, null, null, null, 0, 2));
            assertEquals(3, bank.total());
            assertEquals(List.of("h-2", "h-1"), bank.records().stream().map(CallRecord::id).toList());
            CallRecordRepository.Page failedHoldSlayer = read(emf, em -> new JpaCallRecordRepository(em)
                    .search(null, CallStatus.FAILED, CallMode.HOLD_SLAYER, T0.plusSeconds(100), T0.plusSeconds(1000), 0, 10));
            assertEquals(List.of("h-4"), failedHoldSlayer.records().stream().map(CallRecord::id).toList());
            assertEquals(0, read(emf, em -> new JpaCallRecordRepository(em)
                    .search(null, null, null, T0.plusSeconds(1000), null, 0, 10)).total());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void flowsDevicesAndRecordingsRoundTrip(TestDatabase db) throws Exception {
        db.dropEverything();
        db.migrate();
        try (EntityManagerFactory emf = db.entityManagerFactory()) {
            String bigTree = "{\"menu\":\"" + "x".repeat(50_000) + "\"}";
            inTransaction(emf, em -> {
                new JpaCallRecordRepository(em).store(new CallRecord("call-3", "+15550102", CallMode.DIRECT, null, T0));
                CallFlow flow = new CallFlow("+15550102", "Bank: disputes", bigTree, T0);
                flow.recordOutcome(true, 300, T0.plusSeconds(400));
                flow.recordOutcome(false, 100, T0.plusSeconds(900));
                new JpaCallFlowRepository(em).store(flow);
                new JpaDeviceRepository(em).store(new Device("alice", "Alice's desk phone", "holdslayer", "s3cret", T0));
                Recording recording = new Recording("call-3", "recordings/call-3.wav", RecordingLayout.STEREO, 8000, T0);
                recording.progressed(12_000, 384_044);
                new JpaRecordingRepository(em).store(recording);
            });

            CallFlow flow = read(emf, em -> new JpaCallFlowRepository(em).forNumber("+15550102").get(0));
            assertEquals(bigTree, flow.definition());
            assertEquals(2, flow.calls());
            assertEquals(1, flow.successes());
            assertEquals(200.0, flow.averageHoldSeconds());

            Device device = read(emf, em -> new JpaDeviceRepository(em).find("alice").orElseThrow());
            assertEquals(Device.digestHa1("alice", "holdslayer", "s3cret"), device.ha1());
            assertEquals(32, device.ha1().length());
            assertTrue(device.enabled());

            Recording recording = read(emf, em -> new JpaRecordingRepository(em).forCall("call-3").get(0));
            assertEquals(12_000, recording.durationMs());
            assertFalse(recording.complete());
        }
    }

    private static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    private static <T> T read(EntityManagerFactory emf, Function<EntityManager, T> query) {
        EntityManager em = emf.createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }
}
