package io.holdslayer.web.mcp;

import io.holdslayer.api.call.CallControlException;
import io.holdslayer.api.call.CallMode;
import io.holdslayer.application.analytics.AnalyticsSummary;
import io.holdslayer.application.analytics.CallAnalytics;
import io.holdslayer.application.analytics.CompanyStats;
import io.holdslayer.application.call.CallManager;
import io.holdslayer.application.call.CallView;
import io.holdslayer.application.flow.CallFlowCatalog;
import io.holdslayer.domain.model.flow.CallFlow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link CoreAccess} over the application's beans. */
@ApplicationScoped
public class CoreAccessBean implements CoreAccess {

    @Inject
    CallManager calls;

    @Inject
    CallFlowCatalog flows;

    @Inject
    CallAnalytics analytics;

    @Override
    public String place(String number, CallMode mode, String intent, String device, Long flowId)
            throws CallControlException {
        return calls.place(number, mode, intent, device, flowId);
    }

    @Override
    public Optional<CallView> call(String id) {
        return calls.find(id);
    }

    @Override
    public List<CallFlow> flows(String numberOrNull) {
        return flows.list().stream().filter(f -> numberOrNull == null || f.number().equals(numberOrNull)).toList();
    }

    @Override
    public Optional<CallFlow> flow(long id) {
        return flows.find(id);
    }

    @Override
    public AnalyticsSummary summary(Instant from, Instant to) {
        return analytics.summary(from, to);
    }

    @Override
    public List<CompanyStats> companies(Instant from, Instant to) {
        return analytics.companies(from, to);
    }
}
