package io.holdslayer.infrastructure.persistence.jpa;

import io.holdslayer.domain.model.call.CallRecord;
import io.holdslayer.domain.model.call.ClassificationEntry;
import io.holdslayer.domain.model.call.TranscriptChunk;
import io.holdslayer.domain.model.device.Device;
import io.holdslayer.domain.model.flow.CallFlow;
import io.holdslayer.domain.model.recording.Recording;
import io.holdslayer.infrastructure.persistence.flyway.FlywayMigrator;
import jakarta.persistence.EntityManagerFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.cfg.Configuration;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A real database for persistence tests: an H2 file like the embedded default, or the PostgreSQL server that
 * {@code ./holdslayer test} starts (its JDBC URL in {@code HOLDSLAYER_TEST_PG_URL}).
 */
record TestDatabase(String name, String url, String user, String password) {

    static final String PG_URL_VARIABLE = "HOLDSLAYER_TEST_PG_URL";

    static TestDatabase h2(Path dir) {
        return new TestDatabase("h2", "jdbc:h2:file:" + dir.resolve("holdslayer").toAbsolutePath(), "sa", "sa");
    }

    static TestDatabase postgresql(String url) {
        return new TestDatabase("postgresql", url,
                env("HOLDSLAYER_TEST_PG_USER", "holdslayer"), env("HOLDSLAYER_TEST_PG_PASSWORD", "holdslayer"));
    }

    DataSource dataSource() {
        if (name.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        pg.setUser(user);
        pg.setPassword(password);
        return pg;
    }

    /** Empties the database so each test starts from a fresh, unmigrated schema. */
    void dropEverything() throws Exception {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            if (name.equals("h2")) {
                s.execute("DROP ALL OBJECTS");
            } else {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        }
    }

    FlywayMigrator.Outcome migrate() {
        return FlywayMigrator.migrate(dataSource(), FlywayMigrator.class.getClassLoader());
    }

    /** Hibernate outside the container, validating the entities against the migrated schema. */
    EntityManagerFactory entityManagerFactory() {
        return new Configuration()
                .addAnnotatedClass(CallRecord.class)
                .addAnnotatedClass(TranscriptChunk.class)
                .addAnnotatedClass(ClassificationEntry.class)
                .addAnnotatedClass(CallFlow.class)
                .addAnnotatedClass(Device.class)
                .addAnnotatedClass(Recording.class)
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", user)
                .setProperty("hibernate.connection.password", password)
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .buildSessionFactory();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String toString() {
        return name;
    }
}
