package org.servicepact.portal;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.servicepact.agreement.application.AgreementDirectory;
import org.servicepact.notification.application.WorkItem;
import org.servicepact.notification.application.WorkList;
import org.servicepact.organisation.application.Employees;
import org.servicepact.request.application.RequestWatcher;
import org.servicepact.request.application.Requests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In the container: each person's to-do list (the home page), what is on it and in which order. */
interface WorkListChecks {

    // what the checks use; InContainerIT injects it
    WorkList workList();
    Requests requests();
    RequestWatcher watcher();
    AgreementDirectory agreementDirectory();
    Employees employees();
    EntityManager em();

    private List<WorkItem> about(String username, long requestId) {
        return workList().of(username).stream().filter(item -> item.number().equals("REQ-" + requestId)).toList();
    }

    @Test
    default void aRequestMovesFromListToListAsItIsWorked() {
        long id = requests().log(DemoRequestForms.lenaAsksIt(requests(), "Work list " + System.nanoTime()), "lena.fischer").getId();
        assertEquals(List.of(WorkItem.Kind.UNTAKEN), about("sofia.berg", id).stream().map(WorkItem::kind).toList(),
                "in the queue of everyone in IT, nobody has it");
        assertTrue(about("lena.fischer", id).isEmpty(), "nothing waits on the requester yet");

        act(id, "sofia.berg", Requests.Act.TAKE, null);
        assertEquals(List.of(WorkItem.Kind.ASSIGNED), about("sofia.berg", id).stream().map(WorkItem::kind).toList());
        assertTrue(about("ravi.patel", id).isEmpty(), "taken: out of the others' queue");

        act(id, "sofia.berg", Requests.Act.ASK, "Which floor?");
        assertEquals(List.of(WorkItem.Kind.QUESTION), about("lena.fischer", id).stream().map(WorkItem::kind).toList());

        Instant muchLater = requests().detail(id, "lena.fischer").getSubmittedAt().plus(Duration.ofDays(10));
        act(id, "lena.fischer", Requests.Act.ANSWER, "Third.");
        watcher().check(id, muchLater);
        WorkItem escalation = about("marco.rossi", id).stream().filter(item -> item.kind() == WorkItem.Kind.ESCALATION).findFirst()
                .orElseThrow();
        assertEquals(WorkItem.Urgency.AT_RISK, escalation.urgency());
        assertTrue(escalation.reason().render(Locale.ENGLISH).startsWith("Breached: "), () -> "says which clock: " + escalation.reason());
        assertEquals("/requests/request.xhtml?id=" + id, escalation.page());

        List<WorkItem> marcos = workList().of("marco.rossi");
        for (int i = 1; i < marcos.size(); i++) {
            assertTrue(marcos.get(i - 1).urgency().compareTo(marcos.get(i).urgency()) <= 0, "most urgent first: " + marcos);
        }
    }

    @Test
    default void aHeadSeesAgreementsPastTheirReviewDate() {
        LocalDate farAhead = LocalDate.now().plusYears(30);
        assertFalse(agreementDirectory().pastReview(employees().named("marco.rossi"), farAhead).isEmpty(),
                "IT's active agreements, once their review date has passed");
        assertTrue(agreementDirectory().pastReview(employees().named("marco.rossi"), LocalDate.now().minusYears(30)).isEmpty());
        assertTrue(agreementDirectory().pastReview(employees().named("lena.fischer"), farAhead).isEmpty(), "heads only");
    }

    private void act(long id, String who, Requests.Act act, String text) {
        em().clear();
        requests().act(id, requests().detail(id, who).getVersion(), who, act, text, null);
    }
}
