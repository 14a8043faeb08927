package io.holdslayer.application.call;

import jakarta.annotation.PostConstruct;
import io.holdslayer.infrastructure.persistence.flyway.SchemaMigration;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * At start, closes the records of calls that were live when the gateway last stopped (a crash, a kill, a
 * redeploy): their legs went with the old process, so each is ended with a reason rather than left half-open.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.BEAN_NAME)
public class LiveCallRecovery {

    static final String REASON = "the gateway stopped while the call was live";

    private static final Logger LOG = Logger.getLogger(LiveCallRecovery.class.getName());

    @Inject
    CallRecords records;

    @PostConstruct
    void closeLeftovers() {
        int closed = records.closeUnfinished(REASON, Clock.systemUTC().instant());
        if (closed > 0) {
            LOG.info(() -> "closed " + closed + " call record(s) left live by the last stop");
        }
    }
}
