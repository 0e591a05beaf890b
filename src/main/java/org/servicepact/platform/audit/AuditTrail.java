package org.servicepact.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import org.servicepact.platform.paging.JpqlPage;
import org.servicepact.platform.persistence.FittedText;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.paging.PageSource;
import org.servicepact.platform.paging.SortOrder;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Writes the audit trail and reads it for administrators, newest first, paged and searched in the database. An
 * entry written inside a transaction belongs to it: if the change it tells of is rolled back, so is the entry.
 * Who acted and from where come from the request being served, unless the caller names them (a sign-in, before
 * anyone is signed in).
 */
@ApplicationScoped
public class AuditTrail implements PageSource<AuditEntry> {

    /** Where an entry's text was cut to its column. */
    private static final String CUT = "…";

    private static final JpqlPage<AuditEntry> LIST = new JpqlPage<>(AuditEntry.class,
            "SELECT NEW org.servicepact.platform.audit.AuditEntry(a.id, a.occurredAt, a.kind, a.actor, a.subject, a.address, a.detail)",
            " FROM AuditEvent a",
            "LOWER(a.actor) LIKE :search ESCAPE '\\' OR LOWER(a.subject) LIKE :search ESCAPE '\\'"
                    + " OR LOWER(a.detail) LIKE :search ESCAPE '\\' OR LOWER(a.kindName) LIKE :search ESCAPE '\\'",
            new SortOrder(Map.of(), "a.occurredAt DESC, a.id DESC"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<HttpServletRequest> request;

    /** Records what the person signed in now did. */
    @Transactional
    public void record(AuditEvent.Kind kind, String subject, String detail) {
        HttpServletRequest current = currentRequest();
        Principal caller = current == null ? null : current.getUserPrincipal();
        recordAs(caller == null ? null : caller.getName(), kind, subject, detail);
    }

    /** Records what {@code actor} did (null: the portal itself). */
    @Transactional
    public void recordAs(String actor, AuditEvent.Kind kind, String subject, String detail) {
        HttpServletRequest current = currentRequest();
        em.persist(new AuditEvent(clock.instant(), kind, FittedText.of(actor, AuditEvent.LONGEST_NAME, CUT),
                FittedText.of(subject, AuditEvent.LONGEST_NAME, CUT), current == null ? null : current.getRemoteAddr(),
                FittedText.of(detail, AuditEvent.LONGEST_DETAIL, CUT)));
    }

    @Override
    @Transactional
    public List<AuditEntry> page(PageRequest page) {
        return LIST.page(em, page);
    }

    @Override
    @Transactional
    public long count(PageRequest page) {
        return LIST.count(em, page);
    }

    private HttpServletRequest currentRequest() {
        try {
            HttpServletRequest current = request.isResolvable() ? request.get() : null;
            return current == null || current.getRequestURI() == null ? null : current;
        } catch (ContextNotActiveException | IllegalStateException outsideARequest) {
            return null; // a scheduled job: no caller, no address
        }
    }
}
