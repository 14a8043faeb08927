package io.holdslayer.infrastructure.persistence.flyway;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/** Applies the SQL migrations under {@code db/migration}; used at deploy and by the persistence tests. */
public final class FlywayMigrator {

    public static final String LOCATION = "classpath:db/migration";

    private FlywayMigrator() {
    }

    /** @param classLoader must see {@code db/migration} */
    public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
