package io.holdslayer.application.notify;

import io.holdslayer.domain.model.call.CallRecord;
import io.holdslayer.domain.model.call.CallRecordRepository;
import io.holdslayer.domain.model.flow.CallFlow;
import io.holdslayer.domain.model.flow.CallFlowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The call's number from its record, the company's name from the call flow it followed. */
@ApplicationScoped
public class StoredCallDirectory implements CallDirectory {

    @Inject
    private CallRecordRepository calls;
    @Inject
    private CallFlowRepository flows;

    @Override
    public Optional<CalledCompany> companyOf(String callId) {
        if (callId == null) {
            return Optional.empty();
        }
        return calls.find(callId).map(call -> new CalledCompany(call.number(), flowName(call)));
    }

    private String flowName(CallRecord call) {
        return call.callFlowId() == null ? "" : flows.find(call.callFlowId()).map(CallFlow::name).orElse("");
    }
}
