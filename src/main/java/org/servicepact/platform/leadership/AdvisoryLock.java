package org.servicepact.platform.leadership;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A PostgreSQL session-level advisory lock, held on a connection kept for it. PostgreSQL releases the lock when
 * that session ends: when the node stops or dies (its sockets close), and when the node hangs or loses the network,
 * after {@link #IDLE_SESSION_TIMEOUT_SECONDS} without the holder asking again ({@code idle_session_timeout}).
 * The session names its node in {@code application_name}, so {@code pg_stat_activity} shows who leads.
 */
final class AdvisoryLock implements LeaderLock {

    private static final Logger LOG = Logger.getLogger(AdvisoryLock.class.getName());

    /** The first half of every ServicePact advisory lock's key, so that other applications' locks cannot clash. */
    static final int SERVICEPACT_LOCKS = 0x5E5AC7;

    /** How long a holder may stay silent before PostgreSQL ends its session; holders ask every few seconds. */
    static final int IDLE_SESSION_TIMEOUT_SECONDS = 30;

    /** The second half of the key: the lock's name, as a non-negative number ({@code pg_locks.objid} is unsigned). */
    static int key(String name) {
        return name.hashCode() & Integer.MAX_VALUE;
    }

    private final DataSource dataSource;
    private final String name;
    private Connection held;

    AdvisoryLock(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    @Override
    public synchronized boolean holdOrTake() {
        if (held != null) {
            if (sessionAlive()) {
                return true;
            }
            LOG.log(Level.WARNING, "The database session holding the lock \"{0}\" has ended; the lock is lost", name);
            closeQuietly(held);
            held = null;
        }
        return take();
    }

    @Override
    public synchronized void release() {
        if (held == null) {
            return;
        }
        try (PreparedStatement unlock = held.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, SERVICEPACT_LOCKS);
            unlock.setInt(2, key(name));
            unlock.execute();
            resetSession(held);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Releasing the lock " + name + " on a session that has ended", e);
        } finally {
            closeQuietly(held);
            held = null;
        }
    }

    private boolean take() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (Statement session = connection.createStatement()) {
                session.execute("SET idle_session_timeout = '" + IDLE_SESSION_TIMEOUT_SECONDS + "s'");
                session.execute("SET application_name = 'ServicePact " + name + " "
                        + ManagementFactory.getRuntimeMXBean().getName().replace("'", "") + "'");
            }
            if (tryLock(connection)) {
                held = connection;
                return true;
            }
            resetSession(connection);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not ask the database for the lock \"" + name + "\"; asked again shortly", e);
        }
        closeQuietly(connection);
        return false;
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, SERVICEPACT_LOCKS);
            lock.setInt(2, key(name));
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** A live session still holds its session-level locks: only ending it or unlocking gives them up. */
    private boolean sessionAlive() {
        try (Statement ping = held.createStatement()) {
            ping.setQueryTimeout(5);
            ping.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The connection goes back to the pool: its next user must not inherit the short idle timeout. */
    private static void resetSession(Connection connection) throws SQLException {
        try (Statement session = connection.createStatement()) {
            session.execute("RESET idle_session_timeout");
            session.execute("RESET application_name");
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Closing a lock's connection", e);
        }
    }
}
