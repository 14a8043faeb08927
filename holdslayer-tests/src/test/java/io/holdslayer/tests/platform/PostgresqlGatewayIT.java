package io.holdslayer.tests.platform;

import io.holdslayer.tests.support.Gateway;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway on PostgreSQL instead of H2 ({@code HOLDSLAYER_DB=postgresql}): the CLI variant deploys the
 * driver and the datasource, the migrations run in the container, health reports PostgreSQL. Uses the server
 * that {@code ./holdslayer test} starts.
 */
class PostgresqlGatewayIT {

    private static final String URL = System.getenv("HOLDSLAYER_TEST_PG_URL");
    private static Gateway gateway;

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.stop();
        }
    }

    @Test
    void theGatewayRunsOnPostgresqlWithItsSchemaMigratedAtDeploy() throws Exception {
        assertNotNull(URL, "HOLDSLAYER_TEST_PG_URL is not set; run the suite with ./holdslayer test");
        try (Connection db = DriverManager.getConnection(URL, "holdslayer", "holdslayer")) {
            db.createStatement().execute("DROP SCHEMA public CASCADE");
            db.createStatement().execute("CREATE SCHEMA public");
        }

        gateway = Gateway.named("postgresql", 18280).fresh()
                .with("HOLDSLAYER_DB", "postgresql")
                .with("HOLDSLAYER_DB_URL", URL)
                .with("HOLDSLAYER_DB_USER", "holdslayer")
                .with("HOLDSLAYER_DB_PASSWORD", "holdslayer")
                .start();

        JsonObject database = Gateway.json(gateway.get("/api/health", null).body())
                .getJsonObject("components").getJsonObject("database");
        assertEquals("UP", database.getString("status"));
        assertTrue(database.getString("detail").startsWith("PostgreSQL"), database.toString());
        try (Connection db = DriverManager.getConnection(URL, "holdslayer", "holdslayer");
             ResultSet tables = db.createStatement().executeQuery(
                     "select count(*) from information_schema.tables where table_schema = 'public' and table_name in "
                             + "('call_record','transcript_chunk','classification_entry','call_flow','device','recording')")) {
            tables.next();
            assertEquals(6, tables.getInt(1), "the migrations created every table");
        }
    }
}
