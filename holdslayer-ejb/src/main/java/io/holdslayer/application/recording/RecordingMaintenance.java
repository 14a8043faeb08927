package io.holdslayer.application.recording;

import io.holdslayer.infrastructure.persistence.flyway.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Repairs recordings a crash left open when the application starts, and applies the retention period daily. */
@Singleton
@Startup
@DependsOn(SchemaMigration.BEAN_NAME)
public class RecordingMaintenance {

    private static final Logger LOG = Logger.getLogger(RecordingMaintenance.class.getName());

    @EJB
    private RecordingCatalog catalog;

    @PostConstruct
    void repairAfterCrash() {
        try {
            catalog.repairIncomplete();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not repair incomplete recordings", e);
        }
    }

    @Schedule(hour = "3", minute = "17", persistent = false, info = "recording retention")
    void sweepDaily() {
        catalog.sweepExpired();
    }
}
