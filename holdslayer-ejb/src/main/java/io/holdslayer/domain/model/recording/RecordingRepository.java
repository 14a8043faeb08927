package io.holdslayer.domain.model.recording;

import java.util.List;
import java.util.Optional;

/** Where recording metadata is kept. */
public interface RecordingRepository {

    void store(Recording recording);

    Optional<Recording> find(long id);

    List<Recording> forCall(String callId);
}
