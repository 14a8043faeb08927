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
}
