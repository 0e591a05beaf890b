package org.servicepact.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.servicepact.platform.startup.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Ready when the database answers and every migration the code ships has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean reachable = connection.isValid(2);
            int pending = migration.pendingMigrations();
            return HealthCheckResponse.named("database").status(reachable && pending == 0).build();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "The database is not ready", e);
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
