package io.holdslayer.domain.model.flow;

import java.util.List;
import java.util.Optional;

/** Where learned call flows are kept. */
public interface CallFlowRepository {

    void store(CallFlow flow);

    Optional<CallFlow> find(long id);

    /** Flows for a number, the most recently updated first. */
    List<CallFlow> forNumber(String number);

    /** Every flow, by number, then the most recently updated first. */
    List<CallFlow> all();

    void remove(CallFlow flow);
}
