package org.servicepact.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.organisation.application.Employees;
import org.servicepact.platform.persistence.Records;
import org.servicepact.request.domain.Escalation;

import java.time.Clock;
import java.util.List;

/** The escalations waiting for someone's acknowledgement, and the acknowledgement. */
@ApplicationScoped
public class RequestEscalations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Employees employees;

    @Inject
    Clock clock;

    /** The person an escalation went to says they have seen it. */
    @Transactional
    public void acknowledge(long escalationId, long lockVersion, String username, String comment) {
        Escalation escalation = Records.forEdit(em, Escalation.class, escalationId, lockVersion, Escalation::getVersion);
        escalation.acknowledge(employees.named(username), comment, clock.instant());
        em.flush();
    }

    /** How many of someone's escalations an "escalated to me" list shows, acknowledged ones included. */
    public static final int LISTED = 100;

    private static final String ROWS = "SELECT NEW org.servicepact.request.application.EscalationRow(x.id, r.id, r.title, x.reason,"
            + " x.automaticReason, x.raisedAt, b.fullName, x.level, x.breachedSide, x.acknowledgedAt)"
            + " FROM Escalation x JOIN x.request r LEFT JOIN x.raisedBy b WHERE x.escalatedTo.username = :u";

    /** Escalations waiting for the person's acknowledgement, oldest first. */
    public List<EscalationRow> waitingFor(String username) {
        return em.createQuery(ROWS + " AND x.acknowledgedAt IS NULL ORDER BY x.raisedAt", EscalationRow.class)
                .setParameter("u", username).getResultList();
    }

    /** How many escalations wait for the person's acknowledgement. */
    public long waitingCount(String username) {
        return em.createQuery("SELECT COUNT(x) FROM Escalation x WHERE x.escalatedTo.username = :u AND x.acknowledgedAt IS NULL",
                Long.class).setParameter("u", username).getSingleResult();
    }

    /** The person's escalations, newest first, the acknowledged ones too (at most {@link #LISTED}). */
    public List<EscalationRow> escalatedTo(String username) {
        return em.createQuery(ROWS + " ORDER BY x.raisedAt DESC, x.id DESC", EscalationRow.class)
                .setParameter("u", username).setMaxResults(LISTED).getResultList();
    }
}
