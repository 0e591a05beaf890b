package org.servicepact.portal;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The SQL statements some work runs on this thread, as EclipseLink sends them: for checks that count them. */
final class Statements {

    private Statements() {
    }

    static List<String> runBy(EntityManager em, Runnable work) {
        Thread worker = Thread.currentThread();
        List<String> statements = new CopyOnWriteArrayList<>();
        SessionEventAdapter counter = new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                if (Thread.currentThread() == worker) {
                    statements.add(event.getCall() instanceof DatabaseCall sql ? sql.getSQLString() : String.valueOf(event.getCall()));
                }
            }
        };
        var events = em.getEntityManagerFactory().unwrap(JpaEntityManagerFactory.class).getServerSession().getEventManager();
        events.addListener(counter);
        try {
            work.run();
        } finally {
            events.removeListener(counter);
        }
        return statements;
    }
}
