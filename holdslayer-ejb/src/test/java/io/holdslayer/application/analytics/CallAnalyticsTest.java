package io.holdslayer.application.analytics;

import io.holdslayer.api.call.CallMode;
import io.holdslayer.api.call.CallStatus;
import io.holdslayer.domain.model.call.CallRecord;
import io.holdslayer.infrastructure.persistence.jpa.JpaCallRecordRepository;
import io.holdslayer.infrastructure.persistence.jpa.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Statistics over call rows written through the real entity on every supported database. The day: three calls
 * to the bank that waited on hold 300, 100 and 200 s (two reached a person 305 and 202 s after the answer), one
 * that failed, one call to the pharmacy without hold, and a bank call the day before that lies outside the range.
 */
class CallAnalyticsTest {

    private static final String BANK = "+15550100";
    private static final String PHARMACY = "+15550199";
    private static final Instant DAY = Instant.parse("2026-11-20T00:00:00Z");
    private static final Instant NEXT_DAY = DAY.plusSeconds(86_400);

    static List<TestDatabase> databases() {
        return TestDatabase.available("analytics");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void perCompanyCountsRatesHoldPercentilesAndTimeToHuman(TestDatabase db) throws Exception {
        try (EntityManagerFactory emf = db.fresh()) {
            storeTheDay(emf);

            CompanyStats bank = query(emf, ZoneOffset.UTC, a -> a.company(BANK, DAY, NEXT_DAY));

            assertEquals(new CompanyStats(BANK, 4, 2, 0.5, 1, 200.0, 200.0, 300.0, 253.5), bank);
            assertEquals(List.of(bank, new CompanyStats(PHARMACY, 1, 0, 0.0, 0, null, null, null, null)),
                    query(emf, ZoneOffset.UTC, a -> a.companies(DAY, NEXT_DAY)));
            assertEquals(new CompanyStats(BANK, 0, 0, 0.0, 0, null, null, null, null),
                    query(emf, ZoneOffset.UTC, a -> a.company(BANK, NEXT_DAY, NEXT_DAY.plusSeconds(60))));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void byHourOfDayInTheConfiguredZone(TestDatabase db) throws Exception {
        try (EntityManagerFactory emf = db.fresh()) {
            storeTheDay(emf);

            List<HourStats> utc = query(emf, ZoneOffset.UTC, a -> a.byHour(null, DAY, NEXT_DAY));
            List<HourStats> newYork = query(emf, ZoneId.of("America/New_York"), a -> a.byHour(null, DAY, NEXT_DAY));
            List<HourStats> bankOnly = query(emf, ZoneOffset.UTC, a -> a.byHour(BANK, DAY, NEXT_DAY));

            assertEquals(24, utc.size());
            assertEquals(new HourStats(9, 3, 200.0), utc.get(9));
            assertEquals(new HourStats(14, 2, 200.0), utc.get(14));
            assertEquals(5, utc.stream().mapToLong(HourStats::calls).sum());
            assertEquals(new HourStats(4, 3, 200.0), newYork.get(4), "09:00 UTC is 04:00 in New York in November");
            assertEquals(new HourStats(9, 2, 200.0), newYork.get(9));
            assertEquals(new HourStats(9, 2, 200.0), bankOnly.get(9));
            assertNull(utc.get(0).averageHoldSeconds());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theSummaryTakesEveryCallTogether(TestDatabase db) throws Exception {
        try (EntityManagerFactory emf = db.fresh()) {
            storeTheDay(emf);

            AnalyticsSummary summary = query(emf, ZoneOffset.UTC, a -> a.summary(DAY, NEXT_DAY));

            assertEquals(new AnalyticsSummary(DAY, NEXT_DAY, 5, 2, 0.4, 1, 200.0, 200.0, 300.0, 253.5, 2), summary);
            assertEquals(6, query(emf, ZoneOffset.UTC, a -> a.summary(DAY.minusSeconds(86_400), NEXT_DAY)).calls());
            assertThrows(IllegalArgumentException.class,
                    () -> query(emf, ZoneOffset.UTC, a -> a.summary(NEXT_DAY, DAY)));
        }
    }

    private static void storeTheDay(EntityManagerFactory emf) {
        TestDatabase.inTransaction(emf, em -> {
            JpaCallRecordRepository calls = new JpaCallRecordRepository(em);
            calls.store(answeredByAPerson("c1", BANK, at("09:00"), 5, 10, 300));
            calls.store(hungUpOnHold("c2", BANK, at("09:30"), 5, 10, 100));
            calls.store(failed("c3", BANK, at("14:00")));
            calls.store(answeredByAPerson("c4", BANK, at("14:10"), 4, 6, 200));
            CallRecord pharmacy = new CallRecord("c5", PHARMACY, CallMode.DIRECT, null, at("09:15"));
            pharmacy.advanceTo(CallStatus.CONNECTED, at("09:15").plusSeconds(3));
            pharmacy.end(CallStatus.ENDED, "company hung up", at("09:15").plusSeconds(90));
            calls.store(pharmacy);
            calls.store(answeredByAPerson("c0", BANK, at("09:00").minusSeconds(86_400), 5, 10, 900));
        });
    }

    private static CallRecord answeredByAPerson(String id, String number, Instant start, int answer, int hold,
                                                int holdSeconds) {
        CallRecord call = new CallRecord(id, number, CallMode.HOLD_SLAYER, null, start);
        call.advanceTo(CallStatus.CONNECTED, start.plusSeconds(answer));
        call.advanceTo(CallStatus.ON_HOLD, start.plusSeconds(hold));
        call.advanceTo(CallStatus.TRANSFERRING, start.plusSeconds(hold + holdSeconds));
        call.advanceTo(CallStatus.BRIDGED, start.plusSeconds(hold + holdSeconds + 4));
        call.end(CallStatus.ENDED, "device hung up", start.plusSeconds(hold + holdSeconds + 600));
        return call;
    }

    private static CallRecord hungUpOnHold(String id, String number, Instant start, int answer, int hold,
                                           int holdSeconds) {
        CallRecord call = new CallRecord(id, number, CallMode.HOLD_SLAYER, null, start);
        call.advanceTo(CallStatus.CONNECTED, start.plusSeconds(answer));
        call.advanceTo(CallStatus.ON_HOLD, start.plusSeconds(hold));
        call.end(CallStatus.ENDED, "company hung up", start.plusSeconds(hold + holdSeconds));
        return call;
    }

    private static CallRecord failed(String id, String number, Instant start) {
        CallRecord call = new CallRecord(id, number, CallMode.HOLD_SLAYER, null, start);
        call.end(CallStatus.FAILED, "408", start.plusSeconds(30));
        return call;
    }

    private static Instant at(String time) {
        return Instant.parse("2026-11-20T" + time + ":00Z");
    }

    private static <T> T query(EntityManagerFactory emf, ZoneId zone, Function<CallAnalytics, T> work) {
        return TestDatabase.inTransactionGet(emf, em -> work.apply(new CallAnalytics(em, zone)));
    }
}
