package io.holdslayer.infrastructure.persistence.jpa;

import io.holdslayer.domain.model.call.CallRecord;
import io.holdslayer.domain.model.call.ClassificationEntry;
import io.holdslayer.domain.model.call.TranscriptChunk;
import io.holdslayer.domain.model.device.Device;
import io.holdslayer.domain.model.flow.CallFlow;
import io.holdslayer.domain.model.recording.Recording;
import io.holdslayer.infrastructure.persistence.flyway.FlywayMigrator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.cfg.Configuration;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A real database for persistence tests: an H2 file like the embedded default, or the PostgreSQL server that
 * {@code ./holdslayer test} starts (its JDBC URL in {@code HOLDSLAYER_TEST_PG_URL}).
 */
public record TestDatabase(String name, String url, String user, String password) {

    public static final String PG_URL_VARIABLE = "HOLDSLAYER_TEST_PG_URL";

    public static TestDatabase h2(Path dir) {
        return new TestDatabase("h2", "jdbc:h2:file:" + dir.resolve("holdslayer").toAbsolutePath(), "sa", "sa");
    }

    public static TestDatabase postgresql(String url) {
        return new TestDatabase("postgresql", url,
                env("HOLDSLAYER_TEST_PG_USER", "holdslayer"), env("HOLDSLAYER_TEST_PG_PASSWORD", "holdslayer"));
    }

    public DataSource dataSource() {
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
    public void dropEverything() throws Exception {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            if (name.equals("h2")) {
                s.execute("DROP ALL OBJECTS");
            } else {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        }
    }

    public FlywayMigrator.Outcome migrate() {
        return FlywayMigrator.migrate(dataSource(), FlywayMigrator.class.getClassLoader());
    }

    /** Hibernate outside the container, validating the entities against the migrated schema. */
    public EntityManagerFactory entityManagerFactory() {
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

    /** H2 under the test directory's {@code name}, and PostgreSQL when {@value #PG_URL_VARIABLE} is set. */
    public static List<TestDatabase> available(String name) {
        List<TestDatabase> databases = new ArrayList<>();
        databases.add(h2(Path.of(System.getProperty("holdslayer.test.dir", "target/test-data"), name)));
        String pg = System.getenv(PG_URL_VARIABLE);
        if (pg != null && !pg.isBlank()) {
            databases.add(postgresql(pg));
        }
        return databases;
    }

    /** Drops, migrates and opens the database for one test. */
    public EntityManagerFactory fresh() throws Exception {
        dropEverything();
        migrate();
        return entityManagerFactory();
    }

    public static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
        inTransactionGet(emf, em -> {
            work.accept(em);
            return null;
        });
    }

    public static <T> T inTransactionGet(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
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
