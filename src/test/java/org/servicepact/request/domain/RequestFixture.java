package org.servicepact.request.domain;

import org.servicepact.agreement.domain.Actor;
import org.servicepact.agreement.domain.Agreement;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.CommitmentTerms;
import org.servicepact.agreement.domain.DraftContent;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.agreement.domain.ServiceTerms;
import org.servicepact.agreement.domain.Side;
import org.servicepact.agreement.domain.VersionTerms;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A small organisation for plain tests of requests and what hangs off them: IT (Priya, and Marco its head)
 * serves Finance (Lena, Oliver) under an active agreement with a rating window of 10 days.
 */
public class RequestFixture {

    public static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    public final Department it = new Department("IT", "Information Technology");
    public final Department finance = new Department("FIN", "Finance");
    public final Employee priya = employee("priya", it);
    public final Employee marco = employee("marco", it);
    public final Employee lena = employee("lena", finance);
    public final Employee oliver = employee("oliver", finance);
    public final AgreementVersion active;

    public RequestFixture() {
        it.appointHead(marco);
        active = activeAgreement("IT for Finance", it, finance, marco, "Workstation support");
    }

    public static Employee employee(String username, Department department) {
        return new Employee(username, new Employee.PersonalDetails(username, null, username + "@example.org", null), department);
    }

    /** An agreement between two departments, accepted by both and active since 1 January 2026. */
    public static AgreementVersion activeAgreement(String title, Department provider, Department consumer, Employee head,
                                                   String service) {
        Agreement agreement = new Agreement(title, provider, consumer, new Actor(head, true), T0,
                new DraftContent(new VersionTerms(LocalDate.of(2026, 1, 1), null, LocalDate.of(2027, 1, 1), 5, 8, 10), null, null,
                        List.of(new ServiceTerms(service, null)),
                        List.of(CommitmentTerms.qualitative(Side.PROVIDER, "Help", null, "Why"),
                                CommitmentTerms.qualitative(Side.CONSUMER, "Respect", null, "Why"))));
        AgreementVersion version = agreement.latestVersion();
        Actor admin = new Actor(head, true);
        agreement.propose(version, admin, T0);
        agreement.accept(version, Side.PROVIDER, admin, T0);
        agreement.accept(version, Side.CONSUMER, admin, T0);
        agreement.activateIfDue(LocalDate.of(2026, 1, 1), T0);
        return version;
    }

    /** Lena of Finance asks IT for help with her laptop at {@link #T0}. */
    public PeerRequest logged() {
        return new PeerRequest(active, active.getServices().get(0), lena, Priority.P2, "Laptop", "Battery dead", null, T0);
    }
}
