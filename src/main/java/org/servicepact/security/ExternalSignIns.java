package org.servicepact.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.organisation.application.EmployeeAudit;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.application.GroupRoles;
import org.servicepact.organisation.domain.Role;
import org.servicepact.platform.audit.AuditEvent;
import org.servicepact.platform.audit.AuditTrail;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a person the identity provider vouched for into an employee of the portal: the employee linked to the
 * provider's subject, or at the first sign-in the active employee with the username (else the one with the
 * e-mail address) the provider sent, who is then linked. Nobody else gets in, and no account is made: people come
 * into the portal through HR, the import or the directory sync. Groups the provider sent set HR and ADMIN when
 * the {@link GroupRoles} say so.
 */
@ApplicationScoped
public class ExternalSignIns {

    private static final String ACTIVE_BY_EMAIL =
            "SELECT e FROM Employee e WHERE LOWER(e.email) = LOWER(:email) AND e.deactivatedAt IS NULL";

    @PersistenceContext
    EntityManager em;

    @Inject
    Employees employees;

    @Inject
    EmployeeAudit employeeAudit;

    @Inject
    GroupRoles groupRoles;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    /** What the provider said about the person signing in; {@code groups} null when it sent none (the roles then stay as they are). */
    public record Person(String subject, String username, String email, String name, List<String> groups) {
    }

    /** The username of the active employee this person is, with the roles their groups give; empty for a stranger. */
    @Transactional
    public Optional<String> employeeFor(String issuer, Person person) {
        Optional<Employee> active = linked(issuer, person.subject()).or(() -> linkOnFirstSignIn(issuer, person))
                .filter(Employee::isActive);
        active.ifPresent(known -> applyGroups(known, person.groups()));
        return active.map(Employee::getUsername);
    }

    private Optional<Employee> linked(String issuer, String subject) {
        return em.createNamedQuery(ExternalAccount.BY_SUBJECT, ExternalAccount.class).setParameter("issuer", issuer)
                .setParameter("subject", subject).getResultStream().findFirst().map(ExternalAccount::getEmployee);
    }

    /** The active employee named by username or address who has no account at this provider yet, now linked to it. */
    private Optional<Employee> linkOnFirstSignIn(String issuer, Person person) {
        Optional<Employee> candidate = byUsername(person.username()).or(() -> byEmail(person.email()))
                .filter(employee -> !hasAccountAt(issuer, employee));
        candidate.ifPresent(employee -> {
            em.persist(new ExternalAccount(employee, issuer, person.subject(), clock.instant()));
            trail.recordAs(employee.getUsername(), AuditEvent.Kind.ACCOUNT_LINKED, employee.getUsername(),
                    issuer + " subject " + person.subject());
        });
        return candidate;
    }

    private Optional<Employee> byUsername(String username) {
        return username == null || username.isBlank() ? Optional.empty()
                : employees.byUsername(username).filter(Employee::isActive);
    }

    /** The one active employee with this address; nobody when none or several have it. */
    private Optional<Employee> byEmail(String email) {
        if (email == null || email.isBlank() || email.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        List<Employee> found = em.createQuery(ACTIVE_BY_EMAIL, Employee.class).setParameter("email", email.strip())
                .setMaxResults(2).getResultList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private boolean hasAccountAt(String issuer, Employee employee) {
        return !em.createNamedQuery(ExternalAccount.OF_EMPLOYEE, ExternalAccount.class).setParameter("issuer", issuer)
                .setParameter("employee", employee).setMaxResults(1).getResultList().isEmpty();
    }

    private void applyGroups(Employee employee, List<String> groups) {
        if (groups == null) {
            return;
        }
        Optional<Set<Role>> roles = groupRoles.grantedFor(groups);
        if (roles.isPresent() && !roles.get().equals(employee.getGrantedRoles())) {
            EmployeeAudit.Traced before = employeeAudit.before(employee);
            employee.grantRoles(roles.get());
            employeeAudit.recordChanges(before, employee);
        }
    }
}
