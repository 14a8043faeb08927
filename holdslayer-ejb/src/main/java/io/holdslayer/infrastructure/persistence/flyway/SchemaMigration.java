package io.holdslayer.infrastructure.persistence.flyway;

import io.holdslayer.infrastructure.persistence.jpa.PersistenceNames;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import javax.sql.DataSource;
import java.util.logging.Logger;

/** Brings the database schema up to date when the application deploys. Other startup beans depend on it. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String BEAN_NAME = "SchemaMigration";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = PersistenceNames.DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        FlywayMigrator.Outcome outcome = FlywayMigrator.migrate(dataSource, SchemaMigration.class.getClassLoader());
        LOG.info(() -> "Database schema at version " + outcome.schemaVersion() + " (" + outcome.applied()
                + " migrations applied now)");
    }
}
