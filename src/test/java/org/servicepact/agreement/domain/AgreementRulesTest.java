package org.servicepact.agreement.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.ExternalParty;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.platform.rules.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agreement's rules without a container: kinds, targets, the lifecycle, who may act, comparison. */
class AgreementRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final Department it = new Department("IT", "Information Technology");
    private final Department finance = new Department("FIN", "Finance");
    private final Employee itHead = employee("marco", it);
    private final Employee financeHead = employee("elena", finance);
    private final Employee clerk = employee("lena", finance);
    private final Actor marco = new Actor(itHead, false);
    private final Actor elena = new Actor(financeHead, false);
    private final Actor lena = new Actor(clerk, false);
    private final Actor admin = new Actor(employee("admin", it), true);

    AgreementRulesTest() {
        it.appointHead(itHead);
        finance.appointHead(financeHead);
    }

    private static Employee employee(String username, Department department) {
        return new Employee(username, new Employee.PersonalDetails(username, null, username + "@example.org", null), department);
    }

    static DraftContent content(LocalDate from, List<CommitmentTerms> commitments) {
        return new DraftContent(new VersionTerms(from, null, from.plusYears(1), 5, 8, 10), null, null,
                List.of(new ServiceTerms("Workstation support", "Laptops")), commitments);
    }

    static List<CommitmentTerms> bothWays() {
        return List.of(
                CommitmentTerms.measured(Side.PROVIDER, "Acknowledge", null, "Nobody should wonder", Measure.FIRST_RESPONSE,
                        TargetUnit.BUSINESS_HOURS, 0.5, 2, 4, 8),
                CommitmentTerms.qualitative(Side.CONSUMER, "Respect", null, "Service is given by people"));
    }

    private Agreement itServesFinance(LocalDate effectiveFrom) {
        return new Agreement("IT for Finance", it, finance, marco, NOW, content(effectiveFrom, bothWays()));
    }

    /** Its first version proposed, accepted by both heads and in force. */
    private AgreementVersion inForce(Agreement agreement) {
        AgreementVersion first = agreement.latestVersion();
        agreement.propose(first, marco, NOW);
        agreement.accept(first, Side.PROVIDER, marco, NOW);
        agreement.accept(first, Side.CONSUMER, elena, NOW);
        agreement.activateIfDue(TODAY, NOW);
        return first;
    }

    @Nested
    class Kinds {

        @Test
        void theKindFollowsFromTheParties() {
            assertEquals(AgreementKind.INTERNAL,
                    AgreementKind.between(AgreementKind.PartyType.DEPARTMENT, AgreementKind.PartyType.DEPARTMENT));
            assertEquals(AgreementKind.EXTERNAL_SLA,
                    AgreementKind.between(AgreementKind.PartyType.DEPARTMENT, AgreementKind.PartyType.CUSTOMER));
            assertEquals(AgreementKind.UNDERPINNING_CONTRACT,
                    AgreementKind.between(AgreementKind.PartyType.VENDOR, AgreementKind.PartyType.DEPARTMENT));
        }

        @Test
        void externalToExternalAndBackwardsPairsAreRefused() {
            assertEquals("agreement.kind.externalToExternal", assertThrows(RuleViolation.class,
                    () -> AgreementKind.between(AgreementKind.PartyType.VENDOR, AgreementKind.PartyType.CUSTOMER)).messageKey());
            assertEquals("agreement.kind.vendorAsConsumer", assertThrows(RuleViolation.class,
                    () -> AgreementKind.between(AgreementKind.PartyType.DEPARTMENT, AgreementKind.PartyType.VENDOR)).messageKey());
            assertEquals("agreement.kind.customerAsProvider", assertThrows(RuleViolation.class,
                    () -> AgreementKind.between(AgreementKind.PartyType.CUSTOMER, AgreementKind.PartyType.DEPARTMENT)).messageKey());
        }

        @Test
        void anAgreementTakesItsKindFromItsParties() {
            ExternalParty customer = new ExternalParty("Northwind", ExternalParty.Kind.CUSTOMER,
                    new ExternalParty.ContactDetails("Hugo", "hugo@example.org", null));
            assertEquals(AgreementKind.EXTERNAL_SLA,
                    new Agreement("Support", it, customer, marco, NOW, content(TODAY, bothWays())).getKind());
            assertEquals(AgreementKind.INTERNAL, itServesFinance(TODAY).getKind());
        }
    }

    @Nested
    class TargetRules {

        @Test
        void aTimedMeasureNeedsATargetForEveryPriority() {
            CommitmentTerms missingP4 = new CommitmentTerms(Side.PROVIDER, "Acknowledge", null, "Why", Measure.FIRST_RESPONSE,
                    new Targets(TargetUnit.BUSINESS_HOURS, Map.of(Priority.P1, BigDecimal.ONE, Priority.P2, BigDecimal.ONE,
                    Priority.P3, BigDecimal.ONE)));
            RuleViolation missing = assertThrows(RuleViolation.class, () -> missingP4.check(1));
            assertEquals("agreement.commitment.targetMissing", missing.messageKey());
            assertEquals("commitments", missing.field());
        }

        @Test
        void targetsArePositiveAndBelowASaneMaximum() {
            assertThrows(RuleViolation.class, () -> CommitmentTerms.measured(Side.PROVIDER, "Fix", null, "Why",
                    Measure.RESOLUTION, TargetUnit.BUSINESS_HOURS, 0, 1, 2, 3).check(1));
            assertThrows(RuleViolation.class, () -> CommitmentTerms.measured(Side.PROVIDER, "Fix", null, "Why",
                    Measure.RESOLUTION, TargetUnit.BUSINESS_DAYS, 1, 2, 3, 251).check(1));
            assertThrows(RuleViolation.class, () -> CommitmentTerms.measured(Side.PROVIDER, "Fix", null, "Why",
                    Measure.RESOLUTION, TargetUnit.BUSINESS_DAYS, 1, 2.5, 3, 4).check(1));
            CommitmentTerms.measured(Side.PROVIDER, "Fix", null, "Why", Measure.RESOLUTION, TargetUnit.BUSINESS_HOURS,
                    0.5, 2, 24, 2000).check(1);
        }

        @Test
        void aTargetFinerThanItsColumnKeepsIsRefusedRatherThanRounded() {
            RuleViolation fine = assertThrows(RuleViolation.class, () -> CommitmentTerms.measured(Side.PROVIDER, "Fix", null, "Why",
                    Measure.RESOLUTION, TargetUnit.BUSINESS_HOURS, 0.001, 2, 3, 4).check(1));
            assertEquals("agreement.commitment.targetDecimals", fine.messageKey());
            CommitmentTerms.measured(Side.PROVIDER, "Fix", null, "Why", Measure.RESOLUTION, TargetUnit.BUSINESS_HOURS,
                    0.25, 2, 3, 4).check(1);
        }

        @Test
        void targetsAreOneValueComparedByAmountAndCarriedOnlyByAClock() {
            Targets typed = new Targets(TargetUnit.BUSINESS_HOURS, Map.of(Priority.P1, new BigDecimal("2.00"),
                    Priority.P2, BigDecimal.ONE, Priority.P3, BigDecimal.ONE, Priority.P4, BigDecimal.TEN));
            assertEquals(Targets.of(TargetUnit.BUSINESS_HOURS, 2, 1, 1, 10), typed, "2.00 as stored is the 2 typed");
            assertNotEquals(Targets.of(TargetUnit.BUSINESS_DAYS, 2, 1, 1, 10), typed);
            assertEquals("2", typed.text(Priority.P1));
            assertNull(new CommitmentTerms(Side.CONSUMER, "Complete", null, "Why", Measure.COMPLETENESS, typed).targets(),
                    "a measure judged by a flag keeps no targets");
            CommitmentTerms noUnit = new CommitmentTerms(Side.PROVIDER, "Fix", null, "Why", Measure.RESOLUTION,
                    new Targets(null, typed.byPriority()));
            assertEquals("agreement.commitment.unit", assertThrows(RuleViolation.class, () -> noUnit.check(1)).messageKey());
        }

        @ParameterizedTest
        @EnumSource(Measure.class)
        void aMeasureIsOwedOnlyByItsOwnSide(Measure measure) {
            CommitmentTerms wrongSide = CommitmentTerms.measured(measure.owedBy().other(), "Something", null, "Why",
                    measure, TargetUnit.BUSINESS_HOURS, 1, 2, 3, 4);
            assertEquals("agreement.commitment.wrongSide", assertThrows(RuleViolation.class, () -> wrongSide.check(1)).messageKey());
            CommitmentTerms.measured(measure.owedBy(), "Something", null, "Why", measure, TargetUnit.BUSINESS_HOURS,
                    1, 2, 3, 4).check(1);
        }

        @Test
        void aQualitativeCommitmentNeedsARationaleButNoTargets() {
            CommitmentTerms.qualitative(Side.CONSUMER, "Respect", null, "Service is given by people").check(1);
            assertEquals("agreement.commitment.rationale.missing", assertThrows(RuleViolation.class,
                    () -> CommitmentTerms.qualitative(Side.CONSUMER, "Respect", null, " ").check(1)).messageKey());
        }

        @Test
        void datesMustBeInOrder() {
            assertThrows(RuleViolation.class, () -> new VersionTerms(TODAY, TODAY.minusDays(1), TODAY, 5, 8, 10).check());
            assertThrows(RuleViolation.class, () -> new VersionTerms(TODAY, null, TODAY.minusDays(1), 5, 8, 10).check());
            assertThrows(RuleViolation.class, () -> new VersionTerms(TODAY, TODAY.plusMonths(6), TODAY.plusYears(1), 5, 8, 10).check());
            new VersionTerms(TODAY, TODAY.plusYears(2), TODAY.plusYears(1), 5, 8, 10).check();
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void everyAllowedAndRefusedMoveOfTheStatusTable() {
            Map<VersionStatus, Set<VersionStatus>> allowed = Map.of(
                    VersionStatus.DRAFT, EnumSet.of(VersionStatus.PROPOSED, VersionStatus.WITHDRAWN),
                    VersionStatus.PROPOSED, EnumSet.of(VersionStatus.DRAFT, VersionStatus.ACTIVE, VersionStatus.WITHDRAWN),
                    VersionStatus.ACTIVE, EnumSet.of(VersionStatus.SUPERSEDED, VersionStatus.EXPIRED, VersionStatus.TERMINATED));
            for (VersionStatus from : VersionStatus.values()) {
                for (VersionStatus to : VersionStatus.values()) {
                    assertEquals(allowed.getOrDefault(from, Set.of()).contains(to), from.canMoveTo(to), from + " → " + to);
                }
            }
        }

        @Test
        void proposeAcceptBothActivateAndSupersede() {
            Agreement agreement = itServesFinance(TODAY);
            AgreementVersion first = agreement.latestVersion();
            agreement.propose(first, marco, NOW);
            agreement.accept(first, Side.PROVIDER, marco, NOW);
            assertFalse(agreement.activateIfDue(TODAY, NOW), "one acceptance is not enough");
            agreement.accept(first, Side.CONSUMER, elena, NOW);
            assertTrue(agreement.activateIfDue(TODAY, NOW));
            assertEquals(VersionStatus.ACTIVE, first.getStatus());

            AgreementVersion second = agreement.renegotiate(elena, NOW);
            assertEquals(2, second.getNumber());
            assertEquals(VersionStatus.DRAFT, second.getStatus());
            assertEquals(first.commitmentTerms(), second.commitmentTerms());
            agreement.editDraft(second, elena, NOW, content(TODAY.plusDays(10), bothWays()));
            agreement.propose(second, elena, NOW);
            agreement.accept(second, Side.PROVIDER, marco, NOW);
            agreement.accept(second, Side.CONSUMER, elena, NOW);
            assertFalse(agreement.activateIfDue(TODAY, NOW), "not before its effective date");
            assertEquals(VersionStatus.ACTIVE, first.getStatus());

            assertTrue(agreement.activateIfDue(TODAY.plusDays(10), NOW));
            assertEquals(VersionStatus.SUPERSEDED, first.getStatus());
            assertEquals(VersionStatus.ACTIVE, second.getStatus());
            assertEquals(1, agreement.getVersions().stream().filter(v -> v.getStatus() == VersionStatus.ACTIVE).count());
        }

        @Test
        void sendingBackReturnsToDraftAsANewRevisionAndForgetsAcceptances() {
            Agreement agreement = itServesFinance(TODAY);
            AgreementVersion version = agreement.latestVersion();
            agreement.propose(version, marco, NOW);
            agreement.accept(version, Side.PROVIDER, marco, NOW);

            assertEquals("comment", assertThrows(RuleViolation.class,
                    () -> agreement.sendBack(version, elena, " ", NOW)).field());
            agreement.sendBack(version, elena, "Month-end needs 5 days notice", NOW);

            assertEquals(VersionStatus.DRAFT, version.getStatus());
            assertEquals(1, version.getRevision());
            assertFalse(version.isAcceptedBy(Side.PROVIDER));
            assertEquals("Month-end needs 5 days notice", agreement.getEvents().get(agreement.getEvents().size() - 1).getComment());
        }

        @Test
        void nothingButADraftIsEditedOrProposed() {
            Agreement agreement = itServesFinance(TODAY);
            AgreementVersion version = agreement.latestVersion();
            agreement.propose(version, marco, NOW);

            assertThrows(RuleViolation.class, () -> agreement.editDraft(version, marco, NOW, content(TODAY, bothWays())));
            assertThrows(RuleViolation.class, () -> agreement.propose(version, marco, NOW));
            agreement.accept(version, Side.PROVIDER, marco, NOW);
            agreement.accept(version, Side.CONSUMER, elena, NOW);
            agreement.activateIfDue(TODAY, NOW);
            assertThrows(RuleViolation.class, () -> agreement.editDraft(version, marco, NOW, content(TODAY, bothWays())),
                    "an active version is never edited in place");
            assertThrows(RuleViolation.class, () -> agreement.sendBack(version, marco, "too late", NOW));
        }

        @Test
        void aRefusalNamesTheVersionsStatusInTheReadersLanguage() {
            Agreement agreement = itServesFinance(TODAY);
            agreement.propose(agreement.latestVersion(), marco, NOW);
            RuleViolation refused = assertThrows(RuleViolation.class,
                    () -> agreement.editDraft(agreement.latestVersion(), marco, NOW, content(TODAY, bothWays())));
            assertEquals("Nur ein Entwurf kann geändert oder vorgeschlagen werden; diese Version ist im Status „Vorgeschlagen“.",
                    Texts.format(Locale.GERMAN, refused.messageKey(), refused.arguments()));
        }

        @Test
        void aOneSidedAgreementCannotBeProposed() {
            Agreement agreement = new Agreement("One-sided", it, finance, marco, NOW,
                    content(TODAY, List.of(bothWays().get(0))));
            assertEquals("agreement.propose.oneSided", assertThrows(RuleViolation.class,
                    () -> agreement.propose(agreement.latestVersion(), marco, NOW)).messageKey());
        }

        @Test
        void onlyOneVersionIsNegotiatedAtATime() {
            Agreement agreement = itServesFinance(TODAY);
            assertEquals("agreement.renegotiate.open", assertThrows(RuleViolation.class,
                    () -> agreement.renegotiate(marco, NOW)).messageKey());
        }

        @Test
        void terminationWithdrawsTheOpenVersionAndEndsTheActiveOne() {
            Agreement agreement = itServesFinance(TODAY);
            AgreementVersion first = inForce(agreement);
            AgreementVersion draft = agreement.renegotiate(marco, NOW);

            assertThrows(RuleViolation.class, () -> agreement.terminate(marco, "", NOW));
            agreement.terminate(marco, "Finance outsourced its workstations", NOW);

            assertEquals(VersionStatus.TERMINATED, first.getStatus());
            assertEquals(VersionStatus.WITHDRAWN, draft.getStatus());
            assertTrue(agreement.isTerminated());
            assertThrows(RuleViolation.class, () -> agreement.renegotiate(marco, NOW));
        }

        @Test
        void anActiveVersionExpiresAfterItsEndDate() {
            Agreement agreement = new Agreement("Short", it, finance, marco, NOW, new DraftContent(
                    new VersionTerms(TODAY, TODAY.plusDays(30), TODAY.plusDays(20), 5, 8, 10), null, null,
                    List.of(new ServiceTerms("Support", null)), bothWays()));
            AgreementVersion version = agreement.latestVersion();
            agreement.propose(version, marco, NOW);
            agreement.accept(version, Side.PROVIDER, marco, NOW);
            agreement.accept(version, Side.CONSUMER, elena, NOW);
            agreement.activateIfDue(TODAY, NOW);

            assertFalse(agreement.expireIfDue(TODAY.plusDays(30), NOW));
            assertTrue(agreement.expireIfDue(TODAY.plusDays(31), NOW));
            assertEquals(VersionStatus.EXPIRED, version.getStatus());
        }
    }

    @Nested
    class WhoMayAct {

        @Test
        void onlyTheHeadsOrAnAdministratorWriteAndPropose() {
            assertEquals("agreement.notYours", assertThrows(RuleViolation.class,
                    () -> new Agreement("By a clerk", it, finance, lena, NOW, content(TODAY, bothWays()))).messageKey());
            Agreement agreement = itServesFinance(TODAY);
            assertThrows(RuleViolation.class, () -> agreement.propose(agreement.latestVersion(), lena, NOW));
            assertTrue(agreement.mayWrite(elena));
            assertTrue(agreement.mayWrite(admin));
            assertFalse(agreement.mayWrite(lena));
        }

        @Test
        void aHeadCannotAcceptOnTheOtherSidesBehalf() {
            Agreement agreement = itServesFinance(TODAY);
            AgreementVersion version = agreement.latestVersion();
            agreement.propose(version, marco, NOW);

            assertEquals("agreement.accept.notYourSide", assertThrows(RuleViolation.class,
                    () -> agreement.accept(version, Side.CONSUMER, marco, NOW)).messageKey());
            assertThrows(RuleViolation.class, () -> agreement.accept(version, Side.PROVIDER, lena, NOW));
            agreement.accept(version, Side.CONSUMER, admin, NOW);
            assertTrue(version.isAcceptedBy(Side.CONSUMER));
            assertThrows(RuleViolation.class, () -> agreement.accept(version, Side.CONSUMER, elena, NOW), "already accepted");
        }

        @Test
        void eachMayAcceptAProposalOnlyForTheSidesTheyHeadAndHaveNotAcceptedYet() {
            Agreement agreement = itServesFinance(TODAY);
            AgreementVersion version = agreement.latestVersion();
            assertEquals(List.of(), agreement.sidesAcceptableBy(version, marco), "a draft is accepted by no one");
            agreement.propose(version, marco, NOW);

            assertEquals(List.of(Side.PROVIDER), agreement.sidesAcceptableBy(version, marco));
            assertEquals(List.of(Side.CONSUMER), agreement.sidesAcceptableBy(version, elena));
            assertEquals(List.of(), agreement.sidesAcceptableBy(version, lena));
            assertEquals(List.of(Side.PROVIDER, Side.CONSUMER), agreement.sidesAcceptableBy(version, admin));
            agreement.accept(version, Side.PROVIDER, marco, NOW);
            assertEquals(List.of(), agreement.sidesAcceptableBy(version, marco), "accepted already");
            assertEquals(List.of(Side.CONSUMER), agreement.sidesAcceptableBy(version, admin));
        }

        @Test
        void theHeadsSeeTheVersionTheyNegotiateAndEveryoneElseTheOneInForce() {
            Agreement agreement = itServesFinance(TODAY);
            AgreementVersion first = inForce(agreement);
            AgreementVersion second = agreement.renegotiate(elena, NOW);

            assertEquals(second, agreement.versionShownTo(marco));
            assertEquals(second, agreement.versionShownTo(admin));
            assertEquals(first, agreement.versionShownTo(lena));
        }

        @Test
        void theInternalSideRecordsTheOutsidePartysAcceptance() {
            ExternalParty customer = new ExternalParty("Northwind", ExternalParty.Kind.CUSTOMER,
                    new ExternalParty.ContactDetails("Hugo", "hugo@example.org", null));
            Agreement agreement = new Agreement("Support", it, customer, marco, NOW, content(TODAY, bothWays()));
            AgreementVersion version = agreement.latestVersion();
            agreement.propose(version, marco, NOW);

            assertThrows(RuleViolation.class, () -> agreement.accept(version, Side.CONSUMER, marco, NOW));
            assertThrows(RuleViolation.class,
                    () -> agreement.recordExternalAcceptance(version, marco, "Hugo Martens", TODAY, " ", NOW));
            agreement.recordExternalAcceptance(version, marco, "Hugo Martens", TODAY, "Contract 42", NOW);
            agreement.accept(version, Side.PROVIDER, marco, NOW);

            assertTrue(agreement.activateIfDue(TODAY, NOW));
            assertEquals("Contract 42", version.getExternalReference());
        }
    }

    @Nested
    class Comparison {

        @Test
        void listsWhatChangedInEachCommitmentServiceAndTerm() {
            DraftContent older = content(TODAY, bothWays());
            List<CommitmentTerms> changed = List.of(
                    CommitmentTerms.measured(Side.PROVIDER, "Acknowledge", null, "Nobody should wonder", Measure.FIRST_RESPONSE,
                            TargetUnit.BUSINESS_HOURS, 0.5, 1, 4, 8),
                    CommitmentTerms.qualitative(Side.CONSUMER, "Answer questions", null, "Work stops while waiting"));
            DraftContent newer = new DraftContent(new VersionTerms(TODAY, null, TODAY.plusMonths(6), 5, 8, 10), null, null,
                    List.of(new ServiceTerms("Workstation support", "Laptops and phones")), changed);

            List<VersionComparison.Difference> differences = VersionComparison.between(older, newer);

            assertTrue(differences.contains(new VersionComparison.Difference("terms", "", VersionComparison.Change.CHANGED,
                    "reviewDate", TODAY.plusYears(1).toString(), TODAY.plusMonths(6).toString())));
            assertTrue(differences.contains(new VersionComparison.Difference("service", "Workstation support",
                    VersionComparison.Change.CHANGED, "description", "Laptops", "Laptops and phones")));
            assertTrue(differences.contains(new VersionComparison.Difference("commitment", "PROVIDER: Acknowledge",
                    VersionComparison.Change.CHANGED, "P2", "2", "1")));
            assertTrue(differences.contains(new VersionComparison.Difference("commitment", "CONSUMER: Respect",
                    VersionComparison.Change.REMOVED, null, null, null)));
            assertTrue(differences.contains(new VersionComparison.Difference("commitment", "CONSUMER: Answer questions",
                    VersionComparison.Change.ADDED, null, null, null)));
            assertEquals(5, differences.size(), differences::toString);
        }

        @Test
        void identicalVersionsHaveNoDifferences() {
            assertTrue(VersionComparison.between(content(TODAY, bothWays()), content(TODAY, bothWays())).isEmpty());
        }
    }
}
