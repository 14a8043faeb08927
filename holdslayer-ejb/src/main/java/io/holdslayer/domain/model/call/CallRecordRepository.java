package io.holdslayer.domain.model.call;

import java.util.List;
import java.util.Optional;

/** Where call records are kept. */
public interface CallRecordRepository {

    void store(CallRecord record);

    Optional<CallRecord> find(String id);

    /** The most recent calls first. */
    List<CallRecord> recent(int limit);

    /** Calls that have not reached a final status. */
    List<CallRecord> unfinished();

    /** Calls matching the filters (null: any), most recent first, and how many match in all. */
    Page search(String number, io.holdslayer.api.call.CallStatus status, io.holdslayer.api.call.CallMode mode,
                java.time.Instant from, java.time.Instant to, int offset, int limit);

    record Page(long total, List<CallRecord> records) {
    }
}
