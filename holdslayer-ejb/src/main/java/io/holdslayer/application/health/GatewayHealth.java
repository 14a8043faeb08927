package io.holdslayer.application.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;

/** Runs every component check; the gateway is UP only when all of them are. */
@ApplicationScoped
public class GatewayHealth {

    @Inject
    @Any
    private Instance<ComponentCheck> checks;

    public Report check() {
        List<ComponentHealth> results = checks.stream()
                .map(ComponentCheck::check)
                .sorted(Comparator.comparing(ComponentHealth::name))
                .toList();
        return new Report(results.stream().allMatch(ComponentHealth::up), results);
    }

    /** The result of one health check. */
    public record Report(boolean up, List<ComponentHealth> components) {

        public String status() {
            return up ? "UP" : "DOWN";
        }
    }
}
