package org.servicepact.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.servicepact.agreement.domain.Actor;
import org.servicepact.agreement.domain.Agreement;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.CommitmentTerms;
import org.servicepact.agreement.domain.DraftContent;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.ServiceTerms;
import org.servicepact.agreement.domain.Side;
import org.servicepact.agreement.domain.TargetUnit;
import org.servicepact.agreement.domain.VersionTerms;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.ExternalParty;
import org.servicepact.organisation.domain.Party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo organisation's agreements, written through the same domain acts the heads use: IT, Facilities
 * and HR serve the other departments, Finance serves Sales, a vendor underpins IT, Customer Support serves
 * a customer, and one proposal waits for the head of IT.
 */
@ApplicationScoped
public class DemoAgreements {

    private static final Instant DRAFTED = Instant.parse("2025-12-01T09:00:00Z");
    private static final Instant DECIDED = Instant.parse("2025-12-10T14:00:00Z");
    private static final Instant IN_FORCE = Instant.parse("2026-01-01T06:00:00Z");
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 1, 1);

    @PersistenceContext
    EntityManager em;

    public void seed(Employee administrator) {
        Actor admin = new Actor(administrator, true);
        List<String> everyone = List.of("EXEC", "IT", "FIN", "HR", "SALES", "SUP", "LEGAL", "PROC");
        active(admin, "IT services for Finance", department("IT"), department("FIN"), itServices(), LocalDate.of(2026, 10, 1));
        active(admin, "IT services for Sales", department("IT"), department("SALES"), itServices(), LocalDate.of(2027, 1, 15));
        active(admin, "IT services for Customer Support", department("IT"), department("SUP"), itServices(), LocalDate.of(2027, 1, 15));
        for (String code : everyone) {
            active(admin, "Facilities services for " + department(code).getName(), department("FAC"), department(code),
                    facilitiesServices(), LocalDate.of(2027, 3, 1));
        }
        for (String code : List.of("IT", "FIN", "FAC", "SALES", "SUP", "LEGAL", "PROC")) {
            active(admin, "HR services for " + department(code).getName(), department("HR"), department(code),
                    hrServices(), LocalDate.of(2027, 2, 1));
        }
        active(admin, "Invoicing and credit checks for Sales", department("FIN"), department("SALES"), financeServices(),
                LocalDate.of(2027, 1, 1));
        active(admin, "Cloud hosting for IT", external("Apex Cloud Hosting"), department("IT"), hostingServices(),
                LocalDate.of(2026, 12, 1));
        active(admin, "Customer support for Northwind Logistics", department("SUP"), external("Northwind Logistics"),
                customerServices(), LocalDate.of(2027, 1, 1));
        proposedAndWaitingForIt(admin);
    }

    private void active(Actor admin, String title, Party provider, Party consumer, DraftContent content, LocalDate review) {
        DraftContent dated = new DraftContent(new VersionTerms(EFFECTIVE, null, review, 5, 8, 10), null, null,
                content.services(), content.commitments());
        Agreement agreement = new Agreement(title, provider, consumer, admin, DRAFTED, dated);
        AgreementVersion version = agreement.latestVersion();
        agreement.propose(version, headOf(provider).orElse(admin), DRAFTED);
        for (Side side : Side.values()) {
            Party party = agreement.partyOn(side);
            if (party instanceof Department department) {
                agreement.accept(version, side, new Actor(department.getHead(), false), DECIDED);
            } else {
                Actor internal = headOf(agreement.partyOn(side.other())).orElse(admin);
                ExternalParty external = (ExternalParty) party;
                agreement.recordExternalAcceptance(version, internal, external.getContactPerson(),
                        LocalDate.of(2025, 12, 12), "Contract " + external.getName().substring(0, 3).toUpperCase() + "-2026-01", DECIDED);
            }
        }
        agreement.activateIfDue(EFFECTIVE, IN_FORCE);
        em.persist(agreement);
    }

    private void proposedAndWaitingForIt(Actor admin) {
        Party legal = department("LEGAL");
        DraftContent content = new DraftContent(new VersionTerms(LocalDate.of(2027, 1, 1), null, LocalDate.of(2028, 1, 1), 5, 8, 10),
                null, null, List.of(new ServiceTerms("Contract review", "Review of software licences and IT supplier contracts."),
                new ServiceTerms("Data protection advice", "Advice on personal data in IT systems.")),
                List.of(measured(Side.PROVIDER, "Answer within the agreed time", "So IT can plan purchases around the review.",
                                Measure.RESOLUTION, TargetUnit.BUSINESS_DAYS, 2, 5, 10, 15),
                        CommitmentTerms.qualitative(Side.PROVIDER, "Explain the risk in plain words",
                                "Advice that is not understood is not followed.", "A contract review names each risk and what to do about it."),
                        measured(Side.CONSUMER, "Send the full contract with the request", "Legal cannot review half a contract.",
                                Measure.ADVANCE_NOTICE, TargetUnit.BUSINESS_DAYS, 1, 3, 5, 10),
                        CommitmentTerms.qualitative(Side.CONSUMER, "Say what the contract is for", null,
                                "The business purpose decides which clauses matter.")));
        Agreement agreement = new Agreement("Legal advice for IT", legal, department("IT"), headOf(legal).orElse(admin),
                DECIDED, content);
        AgreementVersion version = agreement.latestVersion();
        agreement.propose(version, headOf(legal).orElse(admin), DECIDED);
        agreement.accept(version, Side.PROVIDER, headOf(legal).orElse(admin), DECIDED);
        em.persist(agreement);
    }

    private static DraftContent itServices() {
        return content(List.of(
                        new ServiceTerms("Workstation support", "Laptops, desktops, printers and peripherals."),
                        new ServiceTerms("Business application support", "Incidents and questions about the department's applications."),
                        new ServiceTerms("Access requests", "New accounts, permissions and leavers.")),
                standardProvider("Restore service when it breaks", "People cannot work without their tools."),
                standardConsumer());
    }

    private static DraftContent facilitiesServices() {
        return content(List.of(
                        new ServiceTerms("Repairs and maintenance", "Anything broken in offices, kitchens and meeting rooms."),
                        new ServiceTerms("Office moves", "Moving desks and equipment, including IT coordination."),
                        new ServiceTerms("Meeting room setup", "Room layout, catering and equipment for events.")),
                standardProvider("Fix what is broken", "A safe, working office is the basis of everyone's day."),
                standardConsumer());
    }

    private static DraftContent hrServices() {
        return content(List.of(
                        new ServiceTerms("Recruiting", "From job description to signed contract."),
                        new ServiceTerms("Payroll questions", "Salary, deductions and payslips."),
                        new ServiceTerms("Onboarding", "First-day preparation and induction.")),
                standardProvider("Answer employment questions", "Uncertainty about pay or contracts costs trust."),
                standardConsumer());
    }

    private static DraftContent financeServices() {
        return content(List.of(
                        new ServiceTerms("Customer invoicing", "Invoices, credit notes and corrections."),
                        new ServiceTerms("Credit checks", "Credit limits for new and existing customers.")),
                standardProvider("Invoice on time", "Late invoices delay cash and annoy customers."),
                standardConsumer());
    }

    private static DraftContent hostingServices() {
        return content(List.of(
                        new ServiceTerms("Hosting incidents", "Outages and degraded performance of hosted systems."),
                        new ServiceTerms("Capacity changes", "More or less capacity, planned in advance.")),
                standardProvider("Restore hosted systems", "Every department relies on the hosted systems."),
                standardConsumer());
    }

    private static DraftContent customerServices() {
        return content(List.of(
                        new ServiceTerms("Shipment tracking questions", "Where is my shipment, and why."),
                        new ServiceTerms("Portal incidents", "The customer portal does not work as it should.")),
                standardProvider("Solve the customer's problem", "Customers stay with partners who solve problems."),
                standardConsumer());
    }

    private static DraftContent content(List<ServiceTerms> services, List<CommitmentTerms> provider, List<CommitmentTerms> consumer) {
        List<CommitmentTerms> commitments = new ArrayList<>(provider);
        commitments.addAll(consumer);
        return new DraftContent(new VersionTerms(EFFECTIVE, null, EFFECTIVE.plusYears(1), 5, 8, 10), null, null,
                services, commitments);
    }

    private static List<CommitmentTerms> standardProvider(String resolutionTitle, String resolutionWhy) {
        return List.of(
                measured(Side.PROVIDER, "Acknowledge every request", "Nobody should wonder whether a request arrived.",
                        Measure.FIRST_RESPONSE, TargetUnit.BUSINESS_HOURS, 0.5, 2, 4, 8),
                measured(Side.PROVIDER, resolutionTitle, resolutionWhy,
                        Measure.RESOLUTION, TargetUnit.BUSINESS_HOURS, 4, 8, 24, 40),
                CommitmentTerms.qualitative(Side.PROVIDER, "Keep the requester informed",
                        "Say what happens next and when, especially when it takes longer than hoped.",
                        "Silence feels like neglect even when work is going on."));
    }

    private static List<CommitmentTerms> standardConsumer() {
        return List.of(
                measured(Side.CONSUMER, "Answer questions promptly", "Work stops while the provider waits for an answer.",
                        Measure.CLARIFICATION, TargetUnit.BUSINESS_HOURS, 2, 4, 8, 16),
                measured(Side.CONSUMER, "Give fair notice of planned work", "Planned work should not arrive as an emergency.",
                        Measure.ADVANCE_NOTICE, TargetUnit.BUSINESS_DAYS, 1, 2, 3, 5),
                measured(Side.CONSUMER, "Confirm the result", "A resolved request stays open until someone says it works.",
                        Measure.CONFIRMATION, TargetUnit.BUSINESS_DAYS, 1, 2, 3, 5),
                new CommitmentTerms(Side.CONSUMER, "Send complete requests", "Say what is needed, for whom, and by when.",
                        "Half a request costs a round trip before work can start.", Measure.COMPLETENESS, null),
                CommitmentTerms.qualitative(Side.CONSUMER, "Treat the provider's people with respect", null,
                        "Service is given by people; respect is owed both ways."));
    }

    private static CommitmentTerms measured(Side side, String title, String why, Measure measure, TargetUnit unit,
                                            double p1, double p2, double p3, double p4) {
        return CommitmentTerms.measured(side, title, null, why, measure, unit, p1, p2, p3, p4);
    }

    private Optional<Actor> headOf(Party party) {
        return party instanceof Department department && department.getHead() != null
                ? Optional.of(new Actor(department.getHead(), false)) : Optional.empty();
    }

    private Department department(String code) {
        return em.createNamedQuery(Department.BY_CODE, Department.class).setParameter("code", code).getSingleResult();
    }

    private ExternalParty external(String name) {
        return em.createNamedQuery(ExternalParty.BY_NAME, ExternalParty.class).setParameter("name", name).getSingleResult();
    }
}
