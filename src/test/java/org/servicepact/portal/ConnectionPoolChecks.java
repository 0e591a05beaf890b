package org.servicepact.portal;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the container, on PostgreSQL, whose pool the suite configures as production does
 * ({@code docker/postboot-postgres.asadmin}; the Quick start's {@code docker/preboot-h2.asadmin} sets the same for H2,
 * but the suite's H2 runs use Payara's own pool): the pool hands out connections that call the driver directly.
 * Payara gives a pool a SQL trace listener that does nothing unless told otherwise, and while it has one, every call
 * on a connection, statement and result set goes through a reflective proxy.
 */
interface ConnectionPoolChecks {

    // what the checks use; InContainerIT injects it
    DataSource dataSource();

    @Test
    default void thePoolCallsTheDatabaseDriverWithoutATracingProxy() throws SQLException {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT 1");
             ResultSet result = statement.executeQuery()) {
            assertTrue(result.next());
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            // Payara's connection handle for a pool with a trace listener is its ProfiledConnectionWrapper
            assertFalse(connection.getClass().getSimpleName().startsWith("Profiled"),
                    "the pool traces SQL through a proxy (its connection is a " + connection.getClass().getName() + ")");
        }
    }
}
