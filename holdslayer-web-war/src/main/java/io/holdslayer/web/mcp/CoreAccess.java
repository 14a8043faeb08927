package io.holdslayer.web.mcp;

import io.holdslayer.api.call.CallControlException;
import io.holdslayer.api.call.CallMode;
import io.holdslayer.application.analytics.AnalyticsSummary;
import io.holdslayer.application.analytics.CompanyStats;
import io.holdslayer.application.call.CallView;
import io.holdslayer.domain.model.flow.CallFlow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the MCP tools need of the core (the call manager, the call flows, the analytics), behind an interface so
 * that the tools, which run on the SDK's threads, call it through a contextual proxy.
 */
public interface CoreAccess {

    String place(String number, CallMode mode, String intent, String device, Long flowId) throws CallControlException;

    Optional<CallView> call(String id);

    List<CallFlow> flows(String numberOrNull);

    Optional<CallFlow> flow(long id);

    AnalyticsSummary summary(Instant from, Instant to);

    List<CompanyStats> companies(Instant from, Instant to);
}
