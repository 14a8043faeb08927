package io.holdslayer.infrastructure.persistence.flyway;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;

/** Applies the SQL migrations under {@code db/migration}; used at deploy and by the persistence tests. */
public final class FlywayMigrator {

    public static final String LOCATION = "classpath:db/migration";

    private FlywayMigrator() {
    }

    /** What a migration run did. */
    public record Outcome(String schemaVersion, int applied) {
    }

    /** @param classLoader must see {@code db/migration} */
    public static Outcome migrate(DataSource dataSource, ClassLoader classLoader) {
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        MigrationInfo current = flyway.info().current();
        return new Outcome(current == null ? "none" : current.getVersion().getVersion(), applied);
    }
}
