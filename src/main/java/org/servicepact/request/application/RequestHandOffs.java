package org.servicepact.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.agreement.domain.OfferedService;
import org.servicepact.agreement.domain.VersionStatus;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.persistence.Records;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.domain.PeerRequest;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** A provider hands a request on to another department that serves the same consumer. */
@ApplicationScoped
public class RequestHandOffs {

    @PersistenceContext
    EntityManager em;

    @Inject
    Employees employees;

    @Inject
    RequestFigures figures;

    @Inject
    Clock clock;

    /**
     * Where the provider can hand a request on: the services of the other active agreements under which the
     * same consumer is served. Each option's id is the offered service's id (a service belongs to one version).
     */
    public List<Option> targets(PeerRequest request) {
        return em.createQuery("SELECT s.id, p.name, s.name FROM AgreementVersion v JOIN v.agreement a JOIN a.provider p"
                        + " JOIN v.services s WHERE v.status = :active AND a.consumer = :consumer AND a.provider <> :provider"
                        + " ORDER BY p.name, s.name", Object[].class)
                .setParameter("active", VersionStatus.ACTIVE).setParameter("consumer", request.getConsumer())
                .setParameter("provider", request.getProvider())
                .getResultStream().map(r -> new Option((Long) r[0], r[1] + " — " + r[2]))
                .toList();
    }

    /** Where a request was handed on to: the new request's number and provider, and whether this person may open it. */
    public record HandedTo(long id, String number, String providerName, boolean visible) implements Serializable {
    }

    /** The request this one was handed on to, if it was. */
    public Optional<HandedTo> handedTo(PeerRequest request, String username) {
        Employee me = employees.named(username);
        return em.createQuery("SELECT r FROM PeerRequest r JOIN FETCH r.provider WHERE r.handedFrom = :request", PeerRequest.class)
                .setParameter("request", request).getResultStream().findFirst()
                .map(next -> new HandedTo(next.getId(), next.getNumber(), next.getProvider().getName(), next.isVisibleTo(me)));
    }

    /** Hands the request on; answers the new request's id. {@code target} is an id from {@link #targets}. */
    @Transactional
    public long handOff(long requestId, long lockVersion, String username, Long target, String reason) {
        if (target == null) {
            throw new RuleViolation("handOffTarget", "request.handOff.target");
        }
        PeerRequest request = Records.forEdit(em, PeerRequest.class, requestId, lockVersion, PeerRequest::getVersion);
        OfferedService service = Records.reference(em, OfferedService.class, target, "handOffTarget");
        PeerRequest next = request.handOff(employees.named(username), service.getAgreementVersion(), service, reason, clock.instant());
        em.persist(next);
        figures.refresh(request);
        figures.refresh(next);
        em.flush();
        return next.getId();
    }
}
