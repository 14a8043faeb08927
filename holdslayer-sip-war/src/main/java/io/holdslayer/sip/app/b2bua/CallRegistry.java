package io.holdslayer.sip.app.b2bua;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Calls by their id and legs by their SIP Call-ID; counts concurrent calls for the benchmark. */
@ApplicationScoped
public class CallRegistry {

    private final Map<String, Call> calls = new ConcurrentHashMap<>();
    private final Map<String, Leg> legs = new ConcurrentHashMap<>();
    private final AtomicInteger peak = new AtomicInteger();

    void add(Call call) {
        calls.put(call.id, call);
        peak.accumulateAndGet(calls.size(), Math::max);
    }

    void add(Leg leg) {
        legs.put(leg.sipCallId, leg);
    }

    void remove(Leg leg) {
        legs.remove(leg.sipCallId, leg);
    }

    void remove(Call call) {
        calls.remove(call.id, call);
        call.legs().forEach(this::remove);
    }

    public Optional<Call> call(String id) {
        return Optional.ofNullable(id == null ? null : calls.get(id));
    }

    Optional<Leg> leg(String sipCallId) {
        return Optional.ofNullable(sipCallId == null ? null : legs.get(sipCallId));
    }

    public Collection<Call> calls() {
        return Collections.unmodifiableCollection(calls.values());
    }

    public int active() {
        return calls.size();
    }

    public int peak() {
        return peak.get();
    }
}
