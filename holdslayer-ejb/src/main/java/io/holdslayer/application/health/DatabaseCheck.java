package io.holdslayer.application.health;

import io.holdslayer.infrastructure.persistence.jpa.PersistenceNames;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

@ApplicationScoped
public class DatabaseCheck implements ComponentCheck {

    @Resource(lookup = PersistenceNames.DATASOURCE)
    private DataSource dataSource;

    @Override
    public ComponentHealth check() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                return ComponentHealth.down("database", "connection is not valid");
            }
            DatabaseMetaData meta = connection.getMetaData();
            return ComponentHealth.up("database", meta.getDatabaseProductName() + " "
                    + meta.getDatabaseProductVersion());
        } catch (SQLException | RuntimeException e) {
            return ComponentHealth.down("database", e.getMessage());
        }
    }
}
