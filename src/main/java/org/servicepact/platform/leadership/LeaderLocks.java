package org.servicepact.platform.leadership;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Makes the lock that suits the database in use: an advisory lock on PostgreSQL, which several nodes share; a lock
 * inside this server on the embedded H2 database, which only one server opens.
 */
@ApplicationScoped
public class LeaderLocks {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    private volatile Boolean sharedDatabase;

    /** A new holder of the lock called {@code name}; holders of the same name compete for it. */
    public LeaderLock named(String name) {
        return sharedDatabase() ? new AdvisoryLock(dataSource, name) : new SingleNodeLock(name);
    }

    /**
     * Waits until no other node's transaction holds the lock {@code name}, and holds it until the caller's transaction
     * ends: for work that two nodes starting together must not both do (seeding an empty database). On the embedded
     * H2 database only one server runs, and its start-up does such work once.
     */
    public void holdForTransaction(EntityManager em, String name) {
        if (sharedDatabase()) {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(?, ?)")
                    .setParameter(1, AdvisoryLock.SERVICEPACT_LOCKS)
                    .setParameter(2, AdvisoryLock.key(name))
                    .getResultList();
        }
    }

    private boolean sharedDatabase() {
        if (sharedDatabase == null) {
            try (Connection connection = dataSource.getConnection()) {
                sharedDatabase = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("The database does not say what it is", e);
            }
        }
        return sharedDatabase;
    }
}
