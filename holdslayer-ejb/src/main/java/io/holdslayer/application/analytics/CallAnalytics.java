package io.holdslayer.application.analytics;

import io.holdslayer.infrastructure.persistence.jpa.PersistenceNames;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.Config;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Statistics over the calls started within a time range [from, to). Read-only. */
@ApplicationScoped
public class CallAnalytics {

    public static final String ZONE = "holdslayer.analytics.zone";
    private static final String CALLS = "select new io.holdslayer.application.analytics.CallTimes(c.number, c.status,"
            + " c.startedAt, c.connectedAt, c.holdStartedAt, c.humanDetectedAt, c.bridgedAt, c.endedAt)"
            + " from CallRecord c where c.startedAt >= :from and c.startedAt < :to";

    @PersistenceContext(unitName = PersistenceNames.UNIT)
    private EntityManager em;
    @Inject
    private Config config;
    private ZoneId zone;

    public CallAnalytics() {
    }

    CallAnalytics(EntityManager em, ZoneId zone) {
        this.em = em;
        this.zone = zone;
    }

    @PostConstruct
    void configure() {
        String name = config.getOptionalValue(ZONE, String.class).filter(s -> !s.isBlank()).orElse("UTC");
        try {
            zone = ZoneId.of(name.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(ZONE + " must be a time zone such as UTC or Europe/Paris, got " + name, e);
        }
    }

    public CompanyStats company(String number, Instant from, Instant to) {
        return CompanyStats.of(number, new Tally(calls(number, from, to)));
    }

    /** Every number called within the range, the most called first. */
    public List<CompanyStats> companies(Instant from, Instant to) {
        Map<String, List<CallTimes>> byNumber = calls(null, from, to).stream()
                .collect(Collectors.groupingBy(CallTimes::number, TreeMap::new, Collectors.toList()));
        return byNumber.entrySet().stream()
                .map(e -> CompanyStats.of(e.getKey(), new Tally(e.getValue())))
                .sorted(Comparator.comparingLong(CompanyStats::calls).reversed())
                .toList();
    }

    /** 24 rows, hour 0 to 23 of the call starts in the analytics time zone; {@code number} null for all calls. */
    public List<HourStats> byHour(String number, Instant from, Instant to) {
        List<List<CallTimes>> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(new ArrayList<>());
        }
        for (CallTimes call : calls(number, from, to)) {
            hours.get(call.startedAt().atZone(zone).getHour()).add(call);
        }
        List<HourStats> rows = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            Tally t = new Tally(hours.get(h));
            rows.add(new HourStats(h, t.calls(), t.averageHold()));
        }
        return rows;
    }

    public AnalyticsSummary summary(Instant from, Instant to) {
        List<CallTimes> calls = calls(null, from, to);
        long companies = calls.stream().map(CallTimes::number).distinct().count();
        return AnalyticsSummary.of(from, to, new Tally(calls), companies);
    }

    public ZoneId zone() {
        return zone;
    }

    private List<CallTimes> calls(String number, Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("the range needs from before to, got " + from + " and " + to);
        }
        TypedQuery<CallTimes> query = em.createQuery(number == null ? CALLS : CALLS + " and c.number = :number",
                        CallTimes.class)
                .setParameter("from", from)
                .setParameter("to", to);
        if (number != null) {
            query.setParameter("number", number);
        }
        return query.getResultList();
    }
}
