package io.holdslayer.domain.model.recording;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where recording metadata is kept. */
public interface RecordingRepository {

    void store(Recording recording);

    Optional<Recording> find(long id);

    List<Recording> forCall(String callId);

    /** The most recent first, {@code limit} of them after skipping {@code offset}. */
    List<Recording> page(int offset, int limit);

    long count();

    /** Recordings whose end was never written down (the server stopped while they ran). */
    List<Recording> incomplete();

    List<Recording> startedBefore(Instant cutoff);

    void remove(Recording recording);
}
