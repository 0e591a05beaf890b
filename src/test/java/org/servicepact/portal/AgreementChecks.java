package org.servicepact.portal;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;
import org.servicepact.agreement.application.AgreementDirectory;
import org.servicepact.agreement.application.AgreementFilter;
import org.servicepact.agreement.application.AgreementRow;
import org.servicepact.agreement.application.Agreements;
import org.servicepact.agreement.application.DraftForm;
import org.servicepact.agreement.application.NewAgreementForm;
import org.servicepact.agreement.domain.Actor;
import org.servicepact.agreement.domain.Agreement;
import org.servicepact.agreement.domain.AgreementKind;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.agreement.domain.Side;
import org.servicepact.agreement.domain.TargetUnit;
import org.servicepact.agreement.domain.VersionStatus;
import org.servicepact.notification.application.MailDispatch;
import org.servicepact.notification.application.Notifications;
import org.servicepact.notification.domain.Notification;
import org.servicepact.organisation.domain.Department;
import org.servicepact.platform.i18n.Message;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.rules.RuleViolation;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Agreements in the container: who may do what (each role, and the two heads against each act),
 * persistence of a version with its commitments, activation and superseding at the effective date,
 * concurrent edits, and the searches of the agreement list. Run by {@link InContainerIT}, in its one deployment.
 */
interface AgreementChecks {

    // what the checks use; InContainerIT injects it
    Agreements agreements();
    AgreementDirectory agreementDirectory();
    EntityManager em();
    Notifications notifications();
    UserTransaction transaction();
    MailDispatch mailDispatch();

    private Actor as(String username) {
        return agreements().actor(username, "admin".equals(username));
    }

    private long department(String code) {
        return em().createNamedQuery(Department.BY_CODE, Department.class).setParameter("code", code).getSingleResult().getId();
    }

    /** IT (head marco.rossi) provides to Procurement (head stefan.becker): a new draft, started by marco. */
    private Agreement newDraft() {
        NewAgreementForm form = new NewAgreementForm();
        form.setOwnDepartmentId(department("IT"));
        form.setCounterpartId(department("PROC"));
        form.setDirection(NewAgreementForm.Direction.WE_PROVIDE);
        form.setTitle("IT services for Procurement " + System.nanoTime());
        return agreements().create(form, as("marco.rossi"));
    }

    private DraftForm filledIn(long versionId) {
        DraftForm form = agreements().draftForm(versionId);
        form.addService();
        form.getServices().get(0).setName("Purchasing system support");
        form.getServices().get(0).setDescription("Incidents in the purchasing system.");
        form.addCommitment(Side.PROVIDER);
        DraftForm.CommitmentRow acknowledge = form.getCommitments().get(0);
        acknowledge.setTitle("Acknowledge every request");
        acknowledge.setRationale("Nobody should wonder whether a request arrived.");
        acknowledge.setMeasure(Measure.FIRST_RESPONSE);
        acknowledge.setUnit(TargetUnit.BUSINESS_HOURS);
        acknowledge.getTargets().put(Priority.P1, new BigDecimal("0.5"));
        acknowledge.getTargets().put(Priority.P2, new BigDecimal("2"));
        acknowledge.getTargets().put(Priority.P3, new BigDecimal("4"));
        acknowledge.getTargets().put(Priority.P4, new BigDecimal("8"));
        form.addCommitment(Side.CONSUMER);
        DraftForm.CommitmentRow notice = form.getCommitments().get(1);
        notice.setTitle("Give notice of tenders");
        notice.setRationale("Tender deadlines should not become IT emergencies.");
        notice.setMeasure(Measure.ADVANCE_NOTICE);
        notice.setUnit(TargetUnit.BUSINESS_DAYS);
        notice.getTargets().put(Priority.P1, BigDecimal.ONE);
        notice.getTargets().put(Priority.P2, new BigDecimal("2"));
        notice.getTargets().put(Priority.P3, new BigDecimal("5"));
        notice.getTargets().put(Priority.P4, new BigDecimal("10"));
        return form;
    }

    private AgreementVersion version(long id) {
        em().clear();
        return em().find(AgreementVersion.class, id);
    }

    @Test
    default void theDemoOrganisationHasAgreementsBothWays() {
        AgreementFilter internal = new AgreementFilter();
        internal.setKind(AgreementKind.INTERNAL);
        assertTrue(agreementDirectory().count(new PageRequest(0, 10, null, true, ""), internal) >= 15);
        List<AgreementRow> itForFinance = agreementDirectory().page(new PageRequest(0, 10, null, true, "IT services for Finance"),
                new AgreementFilter());
        assertEquals(1, itForFinance.size());
        assertEquals(VersionStatus.ACTIVE, itForFinance.get(0).latestStatus());
        Agreement agreement = agreementDirectory().agreement(itForFinance.get(0).id());
        AgreementVersion active = agreement.activeVersion().orElseThrow();
        assertFalse(active.commitmentsOwedBy(Side.PROVIDER).isEmpty());
        assertFalse(active.commitmentsOwedBy(Side.CONSUMER).isEmpty());
    }

    @Test
    default void aVersionIsStoredWithItsServicesCommitmentsAndTargets() {
        long versionId = newDraft().latestVersion().getId();
        agreements().saveDraft(filledIn(versionId), as("marco.rossi"));

        AgreementVersion stored = version(versionId);
        assertEquals(1, stored.getServices().size());
        assertEquals("Purchasing system support", stored.getServices().get(0).getName());
        var provider = stored.commitmentsOwedBy(Side.PROVIDER).get(0);
        assertEquals(Measure.FIRST_RESPONSE, provider.getMeasure());
        assertEquals(0, new BigDecimal("0.5").compareTo(provider.getTargets().of(Priority.P1)));
        var consumer = stored.commitmentsOwedBy(Side.CONSUMER).get(0);
        assertEquals(TargetUnit.BUSINESS_DAYS, consumer.getTargets().unit());
        assertEquals(0, BigDecimal.TEN.compareTo(consumer.getTargets().of(Priority.P4)));
    }

    @Test
    default void eachRoleMayDoOnlyItsOwnActs() {
        Agreement agreement = newDraft();
        long versionId = agreement.latestVersion().getId();
        DraftForm form = filledIn(versionId);

        assertEquals("agreement.notYours", assertThrows(RuleViolation.class,
                () -> agreements().saveDraft(form, as("lena.fischer"))).messageKey(), "an employee");
        assertThrows(RuleViolation.class, () -> agreements().saveDraft(form, as("hannah.weber")), "HR");
        assertThrows(RuleViolation.class, () -> agreements().saveDraft(form, as("elena.novak")), "the head of another department");
        agreements().saveDraft(form, as("stefan.becker"));
        agreements().propose(versionId, version(versionId).getLockVersion(), as("marco.rossi"));

        assertEquals("agreement.accept.notYourSide", assertThrows(RuleViolation.class,
                () -> agreements().accept(versionId, version(versionId).getLockVersion(), Side.CONSUMER, as("marco.rossi"))).messageKey());
        assertThrows(RuleViolation.class,
                () -> agreements().accept(versionId, version(versionId).getLockVersion(), Side.PROVIDER, as("stefan.becker")));
        assertThrows(RuleViolation.class,
                () -> agreements().accept(versionId, version(versionId).getLockVersion(), Side.PROVIDER, as("lena.fischer")));
        agreements().accept(versionId, version(versionId).getLockVersion(), Side.PROVIDER, as("marco.rossi"));
        agreements().accept(versionId, version(versionId).getLockVersion(), Side.CONSUMER, as("admin"));

        assertEquals(VersionStatus.ACTIVE, version(versionId).getStatus(), "in force at once: effective today");
        assertTrue(agreementDirectory().waitingForDecision(as("stefan.becker")).stream()
                .noneMatch(row -> row.id().equals(agreement.getId())));
    }

    @Test
    default void theNegotiationTellsEachHeadWhatWaitsForThem() {
        Agreement agreement = newDraft();
        long versionId = agreement.latestVersion().getId();
        agreements().saveDraft(filledIn(versionId), as("stefan.becker"));
        agreements().propose(versionId, version(versionId).getLockVersion(), as("marco.rossi"));
        assertEquals(List.of("PROPOSAL_WAITING"), agreementNotices("stefan.becker", agreement), "the other head decides");
        assertEquals(List.of(), agreementNotices("marco.rossi", agreement), "not the head who proposed it");

        agreements().sendBack(versionId, version(versionId).getLockVersion(), "Four hours is too slow for P3.", as("stefan.becker"));
        Notification sentBack = notifications().recent("marco.rossi", 200).stream()
                .filter(n -> agreement.getId().equals(n.getAgreementId())).findFirst().orElseThrow();
        assertEquals("SENT_BACK", sentBack.getKind());
        assertTrue(sentBack.getMessage().render(Locale.ENGLISH).endsWith("was sent back to draft: Four hours is too slow for P3."),
                "with the comment");

        agreements().propose(versionId, version(versionId).getLockVersion(), as("marco.rossi"));
        agreements().accept(versionId, version(versionId).getLockVersion(), Side.PROVIDER, as("marco.rossi"));
        agreements().accept(versionId, version(versionId).getLockVersion(), Side.CONSUMER, as("stefan.becker"));
        assertEquals(List.of("PROPOSAL_WAITING", "PROPOSAL_WAITING", "ACCEPTED", "IN_FORCE"), agreementNotices("stefan.becker", agreement));
        assertEquals(List.of("SENT_BACK", "ACCEPTED", "IN_FORCE"), agreementNotices("marco.rossi", agreement));
    }

    @Test
    default void theMailsOfANegotiationAreOneConversationForEachHead() throws Exception {
        Agreement agreement = newDraft();
        long versionId = agreement.latestVersion().getId();
        GreenMail server = MailChecks.startedMailServer();
        try {
            agreements().saveDraft(filledIn(versionId), as("stefan.becker"));
            agreements().propose(versionId, version(versionId).getLockVersion(), as("marco.rossi"));
            agreements().sendBack(versionId, version(versionId).getLockVersion(), "Four hours is too slow for P3.", as("stefan.becker"));
            agreements().propose(versionId, version(versionId).getLockVersion(), as("marco.rossi"));
            mailDispatch().runOnce();

            List<MimeMessage> mails = Arrays.stream(server.getReceivedMessages())
                    .filter(mail -> header(mail, "Subject").contains(agreement.getTitle())).toList();
            assertEquals(List.of("marco.rossi@servicepact.example", "stefan.becker@servicepact.example", "stefan.becker@servicepact.example"),
                    mails.stream().map(mail -> header(mail, "To")).sorted().toList(),
                    "the proposal waits on Stefan twice, and Marco hears it was sent back");
            for (MimeMessage mail : mails) {
                assertEquals("<agreement-" + agreement.getId() + "@servicepact.test>", header(mail, "References"), "one conversation");
                assertEquals("<agreement-" + agreement.getId() + "@servicepact.test>", header(mail, "In-Reply-To"));
                assertEquals("[ServicePact] Agreement: " + agreement.getTitle(), mail.getSubject(), "under one subject");
            }
        } finally {
            server.stop();
        }
    }

    private static String header(MimeMessage mail, String name) {
        try {
            return mail.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    default void aNoticeOfComingIntoForceWrittenBeforeDatesWereLanguageNeutralReadsAsANewOne() throws Exception {
        Agreement agreement = newDraft();
        long versionId = agreement.latestVersion().getId();
        agreements().saveAndPropose(filledIn(versionId), as("marco.rossi"));
        agreements().accept(versionId, version(versionId).getLockVersion(), Side.PROVIDER, as("marco.rossi"));
        agreements().accept(versionId, version(versionId).getLockVersion(), Side.CONSUMER, as("stefan.becker"));
        Notification inForce = latestNotice("stefan.becker", agreement, "IN_FORCE");
        Notification accepted = latestNotice("stefan.becker", agreement, "ACCEPTED");
        String asWrittenNow = inForce.getMessage().toJson();
        String acceptedAsWritten = accepted.getMessage().toJson();
        String effectiveFrom = version(versionId).getEffectiveFrom().toString();
        // as AgreementNotifier wrote it before 7ef69e7: the date as literal text
        String asWrittenBefore = Message.of("notification.IN_FORCE", agreement.getTitle(), "1", Message.literal(effectiveFrom)).toJson();
        assertTrue(asWrittenNow.endsWith("{\"key\":\"@date\",\"args\":[\"" + effectiveFrom + "\"]}]}"), asWrittenNow);

        transaction().begin();
        em().createNativeQuery("UPDATE notification SET content = ? WHERE id = ?")
                .setParameter(1, asWrittenBefore).setParameter(2, inForce.getId()).executeUpdate();
        em().createNativeQuery(migration("db/migration/V26__agreement_in_force_dates.sql")).executeUpdate();
        transaction().commit();

        assertEquals(asWrittenNow, storedContent(inForce.getId()), "the old notice's date became a date message");
        assertEquals(acceptedAsWritten, storedContent(accepted.getId()), "other notices are left as they are");
        assertTrue(Message.fromJson(storedContent(inForce.getId())).render(Locale.ENGLISH)
                .contains("in force from " + Message.date(version(versionId).getEffectiveFrom()).render(Locale.ENGLISH)));
    }

    private Notification latestNotice(String username, Agreement agreement, String kind) {
        return notifications().recent(username, 200).stream()
                .filter(n -> agreement.getId().equals(n.getAgreementId()) && kind.equals(n.getKind())).findFirst().orElseThrow();
    }

    private String storedContent(long notificationId) {
        return (String) em().createNativeQuery("SELECT content FROM notification WHERE id = ?").setParameter(1, notificationId)
                .getSingleResult();
    }

    /** A migration's one statement, as Flyway runs it (without its comments). */
    private static String migration(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + b + "\n").trim()
                    .replaceAll(";$", "");
        }
    }

    /** The kinds of a head's notices about the agreement, oldest first. */
    private List<String> agreementNotices(String username, Agreement agreement) {
        List<String> kinds = new ArrayList<>(notifications().recent(username, 200).stream()
                .filter(n -> agreement.getId().equals(n.getAgreementId())).map(Notification::getKind).toList());
        Collections.reverse(kinds);
        return kinds;
    }

    @Test
    default void anAcceptedVersionSupersedesTheActiveOneOnItsEffectiveDate() {
        Agreement agreement = newDraft();
        long first = agreement.latestVersion().getId();
        agreements().saveAndPropose(filledIn(first), as("marco.rossi"));
        agreements().accept(first, version(first).getLockVersion(), Side.PROVIDER, as("marco.rossi"));
        agreements().accept(first, version(first).getLockVersion(), Side.CONSUMER, as("stefan.becker"));

        long second = agreements().renegotiate(agreement.getId(), as("stefan.becker"));
        DraftForm next = agreements().draftForm(second);
        next.setEffectiveFrom(agreements().today().plusDays(14));
        next.setReviewDate(agreements().today().plusYears(1));
        next.getCommitments().get(0).getTargets().put(Priority.P2, BigDecimal.ONE);
        agreements().saveAndPropose(next, as("stefan.becker"));
        agreements().accept(second, version(second).getLockVersion(), Side.PROVIDER, as("marco.rossi"));
        agreements().accept(second, version(second).getLockVersion(), Side.CONSUMER, as("stefan.becker"));
        assertEquals(VersionStatus.ACTIVE, version(first).getStatus());
        assertEquals(VersionStatus.PROPOSED, version(second).getStatus());

        agreements().activateAndExpireDue(agreements().today().plusDays(13));
        assertEquals(VersionStatus.ACTIVE, version(first).getStatus(), "not a day early");
        agreements().activateAndExpireDue(agreements().today().plusDays(14));
        assertEquals(VersionStatus.SUPERSEDED, version(first).getStatus());
        assertEquals(VersionStatus.ACTIVE, version(second).getStatus());
        assertEquals(0, BigDecimal.ONE.compareTo(version(second).commitmentsOwedBy(Side.PROVIDER).get(0).getTargets().of(Priority.P2)));
        assertEquals(0, new BigDecimal("2").compareTo(version(first).commitmentsOwedBy(Side.PROVIDER).get(0).getTargets().of(Priority.P2)),
                "the earlier version keeps what was agreed then");
    }

    @Test
    default void theSecondOfTwoConcurrentEditsOfADraftIsRefused() {
        long versionId = newDraft().latestVersion().getId();
        DraftForm marcos = filledIn(versionId);
        DraftForm stefans = filledIn(versionId);
        agreements().saveDraft(marcos, as("marco.rossi"));

        stefans.getServices().get(0).setName("Something else");
        assertEquals("edit.stale", assertThrows(RuleViolation.class,
                () -> agreements().saveDraft(stefans, as("stefan.becker"))).messageKey());
        assertEquals("Purchasing system support", version(versionId).getServices().get(0).getName());
    }

    @Test
    default void aBadDraftIsRefusedAndNothingIsKept() {
        long versionId = newDraft().latestVersion().getId();
        DraftForm form = filledIn(versionId);
        form.getCommitments().get(1).setMeasure(Measure.RESOLUTION);

        RuleViolation wrongSide = assertThrows(RuleViolation.class, () -> agreements().saveDraft(form, as("marco.rossi")));
        assertEquals("agreement.commitment.wrongSide", wrongSide.messageKey());
        assertTrue(version(versionId).getCommitments().isEmpty());
    }

    @Test
    default void everyoneFindsAgreementsByPartyKindStatusAndService() {
        AgreementFilter byService = new AgreementFilter();
        byService.setService("tracking");
        assertEquals(List.of("Customer support for Northwind Logistics"),
                agreementDirectory().page(new PageRequest(0, 10, null, true, ""), byService).stream().map(AgreementRow::title).toList());

        AgreementFilter proposed = new AgreementFilter();
        proposed.setStatus(VersionStatus.PROPOSED);
        proposed.setPartyId(department("LEGAL"));
        assertTrue(agreementDirectory().page(new PageRequest(0, 10, null, true, ""), proposed).stream()
                .anyMatch(row -> row.title().equals("Legal advice for IT")));

        AgreementFilter vendor = new AgreementFilter();
        vendor.setKind(AgreementKind.UNDERPINNING_CONTRACT);
        assertEquals(List.of("Cloud hosting for IT"),
                agreementDirectory().page(new PageRequest(0, 10, null, true, "cloud"), vendor).stream().map(AgreementRow::title).toList());
    }
}
