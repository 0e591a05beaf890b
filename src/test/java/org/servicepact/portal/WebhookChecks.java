package org.servicepact.portal;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.servicepact.notification.application.WebhookDispatch;
import org.servicepact.notification.application.Webhooks;
import org.servicepact.notification.domain.Webhook;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.application.Requests;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the container: a head's webhook against a real HTTP server the check starts in the portal's JVM, the delivery job
 * run by hand at instants the check chooses.
 */
interface WebhookChecks {

    // what the checks use; InContainerIT injects it
    Webhooks webhooks();
    WebhookDispatch webhookDispatch();
    Requests requests();
    ControllableClock clock();
    EntityManager em();
    UserTransaction transaction();

    /** Plain HTTP to the check's own receiver on this machine (loopback allowed), and the port it listens on. */
    static String settings(int port) {
        return "servicepact.webhooks.allow-http=true\nservicepact.webhooks.allowed-networks=127.0.0.0/8\n"
                + "servicepact.test.webhookPort=" + port + "\n";
    }

    private static long itDepartment(EntityManager em) {
        return em.createQuery("SELECT d.id FROM Department d WHERE d.code = 'IT'", Long.class).getSingleResult();
    }

    @Test
    default void aWebhookGetsItsEventsSignedRetriedAfterAFailureAndLogged() {
        int port = ConfigProvider.getConfig().getValue("servicepact.test.webhookPort", Integer.class);
        try (WebhookReceiver receiver = new WebhookReceiver(port, 1)) {
            Webhooks.Created created = webhooks().register("marco.rossi", itDepartment(em()), receiver.url(),
                    EnumSet.of(Webhook.Event.REQUEST_LOGGED));
            String title = "Webhook check " + System.nanoTime();
            long id = requests().log(DemoRequestForms.lenaAsksIt(requests(), title), "lena.fischer").getId();

            webhookDispatch().runOnce();
            assertEquals(1, receiver.calls().size(), "delivered at once");
            assertEquals("request.logged", receiver.calls().get(0).event());
            assertTrue(receiver.calls().get(0).body().contains("\"text\":\"REQ-" + id + " (" + title + "): logged\""), receiver.calls().get(0).body());
            assertTrue(receiver.calls().get(0).signedWith(created.secret()), "the signature verifies with the secret");

            webhookDispatch().runOnce();
            assertEquals(1, receiver.calls().size(), "after a 500, not again before its delay");
            clock().advance(Duration.ofSeconds(61));
            webhookDispatch().runOnce();
            assertEquals(2, receiver.calls().size(), "retried");
            assertEquals(receiver.calls().get(0).body(), receiver.calls().get(1).body(), "the same delivery");
            clock().advance(Duration.ofMinutes(10));
            webhookDispatch().runOnce();
            assertEquals(2, receiver.calls().size(), "delivered once it was answered 2xx");

            List<Webhooks.AttemptRow> log = webhooks().log(created.id(), "marco.rossi");
            assertEquals(List.of(200, 500), log.stream().map(Webhooks.AttemptRow::status).toList(), "each attempt, newest first");
            assertTrue(log.get(1).error().contains("500"));

            webhooks().sendTest(created.id(), "marco.rossi");
            webhookDispatch().runOnce();
            assertEquals("test", receiver.calls().get(2).event());

            requests().log(DemoRequestForms.lenaAsksIt(requests(), title + " again"), "lena.fischer");
            Webhooks.WebhookRow row = webhooks().mine("marco.rossi").stream().filter(w -> w.id() == created.id()).findFirst().orElseThrow();
            webhooks().deactivate(created.id(), row.version(), "marco.rossi");
            webhookDispatch().runOnce();
            assertEquals(3, receiver.calls().size(), "deactivated: what was still to go out is given up");
        } finally {
            clock().reset();
        }
    }

    @Test
    default void onlyAHeadRegistersAnHttpsWebhookForTheirOwnDepartment() {
        assertEquals("webhookDepartment", assertThrows(RuleViolation.class, () -> webhooks().register("lena.fischer", itDepartment(em()),
                "https://hooks.example.org/x", Set.of(Webhook.Event.REQUEST_LOGGED))).field(), "not her department");
        assertEquals("webhookUrl", assertThrows(RuleViolation.class, () -> webhooks().register("marco.rossi", itDepartment(em()),
                "ftp://hooks.example.org/x", Set.of(Webhook.Event.REQUEST_LOGGED))).field());
        assertEquals("webhookUrl", assertThrows(RuleViolation.class, () -> webhooks().register("marco.rossi", itDepartment(em()),
                "https://user:secret@hooks.example.org/x", Set.of(Webhook.Event.REQUEST_LOGGED))).field(), "no credentials in it");
        assertEquals("webhookEvents", assertThrows(RuleViolation.class, () -> webhooks().register("marco.rossi", itDepartment(em()),
                "https://hooks.example.org/x", Set.of())).field());
        for (String inside : List.of("https://169.254.169.254/latest/meta-data/", "https://10.0.0.7/x", "https://192.168.1.1:8443/x",
                "https://[::1]/x", "https://[fd00::7]/x", "https://[::ffff:10.0.0.7]/x", "https://0.0.0.0/x")) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> webhooks().register("marco.rossi", itDepartment(em()), inside,
                    Set.of(Webhook.Event.REQUEST_LOGGED)), inside);
            assertEquals("webhook.url.notPublic", refused.messageKey(), inside);
        }
        assertEquals("webhook.notYours", assertThrows(RuleViolation.class, () -> webhooks().sendTest(
                webhooks().register("marco.rossi", itDepartment(em()), "https://127.0.0.1:9/x", Set.of(Webhook.Event.REQUEST_LOGGED)).id(),
                "lena.fischer")).messageKey());
    }

    @Test
    default void aReceiverThatAnswersAtLengthIsHungUpOnOnceItsStatusIsIn() throws Exception {
        int port = ConfigProvider.getConfig().getValue("servicepact.test.webhookPort", Integer.class);
        try (WebhookReceiver receiver = WebhookReceiver.answeringAtLength(port)) {
            Webhooks.Created created = webhooks().register("marco.rossi", itDepartment(em()), receiver.url(),
                    EnumSet.of(Webhook.Event.REQUEST_LOGGED));
            webhooks().sendTest(created.id(), "marco.rossi");
            webhookDispatch().runOnce();

            assertEquals(List.of(200), webhooks().log(created.id(), "marco.rossi").stream().map(Webhooks.AttemptRow::status).toList(),
                    "delivered: the status is what counts");
            assertTrue(receiver.callerHungUpEarly(), "the portal hung up after the status instead of reading a gigabyte, which"
                    + " no timeout bounds and which held up every other delivery meanwhile");
        }
    }

    @Test
    default void aWebhookWhoseAddressNowLeadsIntoAPrivateNetworkIsNotCalled() throws Exception {
        Webhooks.Created created = webhooks().register("marco.rossi", itDepartment(em()), "https://127.0.0.1:9/private-check",
                EnumSet.of(Webhook.Event.REQUEST_LOGGED));
        // as if its name had come to resolve into the organisation's network after it was registered
        transaction().begin();
        em().createQuery("UPDATE Webhook w SET w.url = 'https://10.0.0.9/x' WHERE w.id = :id").setParameter("id", created.id()).executeUpdate();
        transaction().commit();

        webhooks().sendTest(created.id(), "marco.rossi");
        webhookDispatch().runOnce();

        List<Webhooks.AttemptRow> log = webhooks().log(created.id(), "marco.rossi");
        assertEquals(1, log.size(), "one attempt");
        assertNull(log.get(0).status(), "no answer: nothing was sent");
        assertTrue(log.get(0).error().startsWith("Not sent: 10.0.0.9 is at 10.0.0.9, in a private or local network"), log.get(0).error());
    }
}
