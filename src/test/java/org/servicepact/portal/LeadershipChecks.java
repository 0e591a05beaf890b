package org.servicepact.portal;

import org.junit.jupiter.api.Test;
import org.servicepact.platform.leadership.LeaderLock;
import org.servicepact.platform.leadership.LeaderLocks;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the container, on the suite's database: job runners competing for the background jobs' lock. On PostgreSQL each
 * runner holds an advisory lock on a session of its own, and the winner's lock goes away the way it does when its
 * node dies: the database ends its session. On the embedded H2 database, which one server opens, the winner hands
 * the lock back as the server does when it stops.
 */
interface LeadershipChecks {

    // what the checks use; InContainerIT injects it
    LeaderLocks leaderLocks();
    DataSource dataSource();

    @Test
    default void ofTwoJobRunnersOneWinsAndTheOtherTakesOverWhenTheWinnersLockGoesAway() throws Exception {
        LeaderLock first = leaderLocks().named("test-runners");
        LeaderLock second = leaderLocks().named("test-runners");
        try {
            assertTrue(first.holdOrTake(), "the first runner to ask takes the lock");
            assertFalse(second.holdOrTake(), "the second runner does not get it while the first holds it");
            assertTrue(first.holdOrTake(), "the first keeps it at its next ask");
            assertFalse(second.holdOrTake(), "and the second still waits");

            if (onPostgres()) {
                assertEquals(1, endSessionsHolding("test-runners"), "one database session holds the lock");
            } else {
                first.release();
            }
            assertTrue(secondTakesOverWithin(second, 10), "the waiting runner takes over once the winner's lock is gone");
            assertFalse(first.holdOrTake(), "the old winner learns at its next ask that it lost the lock, and does not get it back");
        } finally {
            first.release();
            second.release();
        }
    }

    @Test
    default void locksOfDifferentNamesDoNotCompete() {
        LeaderLock jobs = leaderLocks().named("test-jobs");
        LeaderLock other = leaderLocks().named("test-other");
        try {
            assertTrue(jobs.holdOrTake());
            assertTrue(other.holdOrTake());
        } finally {
            jobs.release();
            other.release();
        }
        LeaderLock again = leaderLocks().named("test-jobs");
        try {
            assertTrue(again.holdOrTake(), "a released lock is free for the next runner");
        } finally {
            again.release();
        }
    }

    private static boolean secondTakesOverWithin(LeaderLock second, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 10; i++) {
            if (second.holdOrTake()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private boolean onPostgres() throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    /**
     * Ends the database sessions holding the advisory lock of that name (each names its lock and node in
     * {@code application_name}), as PostgreSQL does when their node dies.
     */
    private int endSessionsHolding(String name) throws SQLException {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement end = connection.prepareStatement("SELECT pg_terminate_backend(a.pid)"
                     + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                     + " WHERE l.locktype = 'advisory' AND l.granted AND a.application_name LIKE ?")) {
            end.setString(1, "ServicePact " + name + " %");
            int ended = 0;
            try (ResultSet result = end.executeQuery()) {
                while (result.next()) {
                    ended += result.getBoolean(1) ? 1 : 0;
                }
            }
            return ended;
        }
    }
}
