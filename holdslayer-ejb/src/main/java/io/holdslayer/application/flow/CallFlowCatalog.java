package io.holdslayer.application.flow;

import io.holdslayer.domain.model.flow.CallFlow;
import io.holdslayer.domain.model.flow.CallFlowRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The stored call flows: list, show, create or import, edit, export and delete. */
@Stateless
public class CallFlowCatalog {

    @Inject
    CallFlowRepository flows;

    private final Clock clock = Clock.systemUTC();

    public List<CallFlow> list() {
        return flows.all();
    }

    public Optional<CallFlow> find(long id) {
        return flows.find(id);
    }

    /** The flow to follow for a number: the most recently updated one. */
    public Optional<CallFlow> forNumber(String number) {
        return flows.forNumber(number).stream().findFirst();
    }

    /** Creates a flow from a document (an export of this or another gateway, or written by hand). */
    public CallFlow create(String documentJson) throws InvalidFlowException {
        FlowDocument document = FlowJson.read(documentJson);
        CallFlow flow = new CallFlow(document.number, document.name, FlowJson.write(document.root), clock.instant());
        flows.store(flow);
        return flow;
    }

    /** Replaces a flow's name and tree; its statistics are kept. Empty when there is no such flow. */
    public Optional<CallFlow> update(long id, String documentJson) throws InvalidFlowException {
        FlowDocument document = FlowJson.read(documentJson);
        Optional<CallFlow> found = flows.find(id);
        if (found.isPresent()) {
            CallFlow flow = found.get();
            if (!flow.number().equals(document.number)) {
                throw new InvalidFlowException("a flow's number cannot change (it is " + flow.number() + ")");
            }
            flow.rename(document.name, clock.instant());
            flow.revise(FlowJson.write(document.root), clock.instant());
            flows.store(flow);
        }
        return found;
    }

    public boolean delete(long id) {
        Optional<CallFlow> found = flows.find(id);
        found.ifPresent(flows::remove);
        return found.isPresent();
    }

    /** The flow as a document for {@link #create}. */
    public FlowDocument export(CallFlow flow) throws InvalidFlowException {
        FlowDocument document = new FlowDocument();
        document.number = flow.number();
        document.name = flow.name();
        document.root = FlowJson.readRoot(flow.definition());
        return document;
    }
}
