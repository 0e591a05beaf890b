package org.servicepact.platform.startup;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything else touches the database. Flyway owns the schema;
 * JPA never generates it. The same migrations run on H2 and PostgreSQL.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    void migrate(@Observes @Priority(StartupOrder.SCHEMA) Startup started) {
        MigrateResult result = flyway().migrate();
        String version = result.migrationsExecuted > 0 ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version
                + " (" + result.migrationsExecuted + " migrations applied now) in " + databaseInUse());
    }

    /**
     * Which database the server gave us, for the log: a PostgreSQL pool that failed to be created leaves the
     * server on its embedded H2 database without any other sign.
     */
    private String databaseInUse() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData database = connection.getMetaData();
            return database.getDatabaseProductName() + " at " + database.getURL();
        } catch (SQLException e) {
            return "a database that does not describe itself (" + e.getMessage() + ")";
        }
    }

    /** Migrations the code ships that the database has not applied; readiness wants none. */
    public int pendingMigrations() {
        return flyway().info().pending().length;
    }

    /** Migrations the database has applied successfully. */
    public int appliedMigrations() {
        return flyway().info().applied().length;
    }

    private Flyway flyway() {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }
}
