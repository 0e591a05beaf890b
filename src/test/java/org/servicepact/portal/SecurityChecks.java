package org.servicepact.portal;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.junit.jupiter.api.Test;
import org.servicepact.organisation.application.EmployeeForm;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.domain.Role;
import org.servicepact.platform.audit.AuditEntry;
import org.servicepact.platform.audit.AuditEvent;
import org.servicepact.platform.audit.AuditTrail;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.security.ApiToken;
import org.servicepact.security.ApiTokens;
import org.servicepact.security.ExternalSignIns;
import org.servicepact.security.LoginThrottle;
import org.servicepact.security.Passwords;
import org.servicepact.security.SignInLocks;

import javax.naming.InitialContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the container: the password policy where passwords are set, and the sign-in throttle's counters as stored
 * (shared by every node), locked and unlocked. Run by {@link InContainerIT}, in its one deployment.
 */
interface SecurityChecks {

    // what the checks use; InContainerIT injects it
    Passwords passwords();
    LoginThrottle throttle();
    SignInLocks signInLocks();
    Employees employees();
    AuditTrail auditTrail();
    ApiTokens apiTokens();
    ControllableClock clock();
    ExternalSignIns externalSignIns();

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    @Test
    default void aPasswordBreakingThePolicyIsRefusedWithItsReasonAndNothingChanges() {
        long sofia = employees().byUsername("sofia.berg").orElseThrow().getId();
        assertEquals("password.tooShort", assertThrows(RuleViolation.class,
                () -> passwords().setPassword(sofia, "short1234")).messageKey());
        assertEquals("password.common", assertThrows(RuleViolation.class,
                () -> passwords().setPassword(sofia, "1qaz2wsx3edc4rfv")).messageKey());
        assertEquals("password.containsUsername", assertThrows(RuleViolation.class,
                () -> passwords().setPassword(sofia, "Sofia.Berg is me, 2026")).messageKey());
        assertTrue(passwords().hasPassword(sofia), "the demo password stands");
    }

    @Test
    default void fiveFailuresLockAnAccountKnownOrNotAndAnAdministratorUnlocksIt() {
        String ghost = unique("ghost.");
        String address = "192.0.2." + (System.nanoTime() % 250);
        for (int failure = 1; failure <= 5; failure++) {
            assertFalse(throttle().standing(ghost, address).locked(), "free try " + failure);
            throttle().failed(ghost, address);
        }
        assertTrue(throttle().standing(ghost, address).locked());
        assertTrue(throttle().standing(ghost, "198.51.100.7").locked(), "from any address");
        List<SignInLocks.Lock> listed = signInLocks().page(new PageRequest(0, 20, null, true, ghost));
        assertEquals(1, listed.size(), "the administrator sees the lock: " + listed);
        assertTrue(listed.get(0).account());
        assertEquals(5, listed.get(0).failures());
        assertEquals(1, signInLocks().count(new PageRequest(0, 20, null, true, ghost)));

        signInLocks().unlock(listed.get(0).subject());
        assertFalse(throttle().standing(ghost, address).locked());
        assertEquals(0, signInLocks().count(new PageRequest(0, 20, null, true, ghost)));
    }

    /** An address locks at exactly its 20th failure: if two failures arriving together lost one, it would not. */
    @Test
    default void failuresArrivingTogetherAreEachCounted() throws Exception {
        String address = "203.0.113." + (System.nanoTime() % 250);
        String prefix = unique("rush.");
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<Callable<Void>> failures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String account = prefix + i;
            failures.add(() -> {
                throttle().failed(account, address);
                return null;
            });
        }
        for (Future<Void> failure : executor.invokeAll(failures)) {
            failure.get();
        }
        List<SignInLocks.Lock> listed = signInLocks().page(new PageRequest(0, 20, null, true, address));
        assertEquals(1, listed.size(), "one counter for the address, created once, and locked: " + listed);
        assertFalse(listed.get(0).account());
        assertEquals(20, listed.get(0).failures(), "every failure counted, none lost to another");
        signInLocks().unlock(listed.get(0).subject());
    }

    @Test
    default void theFirstSignInThroughTheProviderLinksAKnownEmployeeAndLaterOnesFollowTheSubject() {
        String issuer = "https://" + unique("id") + ".example";
        String username = unique("linked.");
        EmployeeForm form = new EmployeeForm();
        form.setUsername(username);
        form.setFullName("Lin Linked");
        form.setEmail(username + "@servicepact.example");
        form.setDepartmentId(employees().byUsername("lena.fischer").orElseThrow().getDepartment().getId());
        long id = employees().save(form).getId();

        assertEquals(Optional.of(username), externalSignIns().employeeFor(issuer,
                new ExternalSignIns.Person("subject-1", "not.a.portal.name", username.toUpperCase() + "@servicepact.example", "Lin", null)),
                "an unknown username, a known address: linked by the address");
        assertEquals(Optional.of(username), externalSignIns().employeeFor(issuer,
                new ExternalSignIns.Person("subject-1", "marco.rossi", null, null, null)), "later the subject decides, not the username");
        assertEquals(Optional.empty(), externalSignIns().employeeFor(issuer,
                new ExternalSignIns.Person("subject-2", username, null, null, List.of())), "one account per employee and provider");
        assertEquals(Optional.empty(), externalSignIns().employeeFor(issuer,
                new ExternalSignIns.Person("subject-3", unique("stranger."), "nobody@elsewhere.example", null, null)), "a stranger");
        assertEquals(Optional.of("marco.rossi"), externalSignIns().employeeFor("https://other." + issuer.substring(8),
                new ExternalSignIns.Person("subject-1", "marco.rossi", null, null, null)), "another provider's subjects are its own");

        EmployeeForm leaving = employees().edit(id);
        leaving.setActive(false);
        employees().save(leaving);
        assertEquals(Optional.empty(), externalSignIns().employeeFor(issuer,
                new ExternalSignIns.Person("subject-1", username, null, null, null)), "a deactivated employee is out, linked or not");
        List<AuditEntry> trail = auditTrail().page(new PageRequest(0, 10, null, true, username));
        assertTrue(trail.stream().anyMatch(entry -> entry.kind() == AuditEvent.Kind.ACCOUNT_LINKED && username.equals(entry.subject())),
                "the link is in the audit trail: " + trail);
    }

    @Test
    default void theAuditTrailKeepsWhatWasDoneToAnAccountAndNothingOfARefusedChange() {
        String username = unique("audited.");
        EmployeeForm form = new EmployeeForm();
        form.setUsername(username);
        form.setFullName("Ada Audited");
        form.setEmail(username + "@servicepact.example");
        form.setDepartmentId(employees().byUsername("lena.fischer").orElseThrow().getDepartment().getId());
        long id = employees().save(form).getId();
        EmployeeForm moved = employees().edit(id);
        moved.setDepartmentId(employees().byUsername("marco.rossi").orElseThrow().getDepartment().getId());
        moved.setGrantedRoles(List.of(Role.HR));
        employees().save(moved);
        EmployeeForm refused = employees().edit(id);
        refused.setEmail("not an address");
        assertThrows(RuleViolation.class, () -> employees().save(refused));
        EmployeeForm leaving = employees().edit(id);
        leaving.setActive(false);
        employees().save(leaving);
        passwords().setPassword(id, "a sound pass phrase here");
        for (int failure = 0; failure < 5; failure++) {
            throttle().failed(username, "192.0.2.77");
        }
        signInLocks().unlock(signInLocks().page(new PageRequest(0, 5, null, true, username)).get(0).subject());

        List<AuditEntry> trail = auditTrail().page(new PageRequest(0, 50, null, true, username));
        Map<AuditEvent.Kind, String> detailByKind = new EnumMap<>(AuditEvent.Kind.class);
        trail.stream().filter(entry -> username.equals(entry.subject()))
                .forEach(entry -> detailByKind.merge(entry.kind(), String.valueOf(entry.detail()), (a, b) -> a + " | " + b));
        assertEquals(EnumSet.of(AuditEvent.Kind.EMPLOYEE_CREATED, AuditEvent.Kind.DEPARTMENT_CHANGED, AuditEvent.Kind.ROLES_CHANGED,
                AuditEvent.Kind.DEACTIVATED, AuditEvent.Kind.PASSWORD_SET, AuditEvent.Kind.ACCOUNT_LOCKED,
                AuditEvent.Kind.UNLOCKED), detailByKind.keySet(), "each act once, the refused edit not at all: " + trail);
        assertEquals("FIN → IT", detailByKind.get(AuditEvent.Kind.DEPARTMENT_CHANGED));
        assertEquals("none → HR", detailByKind.get(AuditEvent.Kind.ROLES_CHANGED));
        assertEquals(AuditEvent.Kind.UNLOCKED, trail.get(0).kind(), "newest first");
        assertTrue(auditTrail().count(new PageRequest(0, 1, null, true, "account_locked")) >= 1, "searchable by what happened");
    }

    @Test
    default void aTokenAdmitsItsHolderWithItsScopeUntilRevokedOrExpired() {
        ApiTokens.Created reading = apiTokens().create("priya.nair", "Queue monitor", 1, ApiToken.Scope.READ_ONLY);
        assertTrue(reading.secret().startsWith("sp_"));
        assertEquals(new ApiTokens.Bearer("priya.nair", ApiToken.Scope.READ_ONLY), apiTokens().admit(reading.secret()).orElseThrow());
        assertTrue(apiTokens().mine("priya.nair").stream().anyMatch(t -> t.id() == reading.token().id()
                && t.status() == ApiTokens.Status.ACTIVE && t.lastUsedAt() != null), "its use noted");
        assertTrue(apiTokens().admit("sp_" + "A".repeat(43)).isEmpty(), "an unknown token");
        assertTrue(apiTokens().admit("not a token").isEmpty());

        assertEquals("token.notFound", assertThrows(RuleViolation.class,
                () -> apiTokens().revoke(reading.token().id(), "lena.fischer", false)).messageKey(), "not Lena's to revoke");
        try {
            clock().advance(Duration.ofDays(2));
            assertTrue(apiTokens().admit(reading.secret()).isEmpty(), "expired after its day");
            assertTrue(apiTokens().mine("priya.nair").stream().anyMatch(t -> t.id() == reading.token().id()
                    && t.status() == ApiTokens.Status.EXPIRED));
        } finally {
            clock().reset();
        }
        apiTokens().revoke(reading.token().id(), "priya.nair", false);
        assertTrue(apiTokens().admit(reading.secret()).isEmpty(), "revoked");

        ApiTokens.Created other = apiTokens().create("priya.nair", "Bridge", 30, ApiToken.Scope.READ_WRITE);
        apiTokens().revoke(other.token().id(), "admin", true);
        assertTrue(apiTokens().admit(other.secret()).isEmpty(), "an administrator revokes anyone's");
        List<AuditEntry> trail = auditTrail().page(new PageRequest(0, 20, null, true, "Queue monitor"));
        assertTrue(trail.stream().anyMatch(e -> e.kind() == AuditEvent.Kind.TOKEN_CREATED), trail::toString);
        assertTrue(trail.stream().anyMatch(e -> e.kind() == AuditEvent.Kind.TOKEN_REVOKED), trail::toString);
    }

    @Test
    default void aTokenIsRefusedWithItsReasonWhenItsTermsAreWrong() {
        assertEquals("tokenName", assertThrows(RuleViolation.class,
                () -> apiTokens().create("priya.nair", " ", 30, ApiToken.Scope.READ_ONLY)).field());
        assertEquals("tokenName", assertThrows(RuleViolation.class,
                () -> apiTokens().create("priya.nair", "x".repeat(101), 30, ApiToken.Scope.READ_ONLY)).field(), "refused, not cut");
        assertEquals("tokenDays", assertThrows(RuleViolation.class,
                () -> apiTokens().create("priya.nair", "Forever", 366, ApiToken.Scope.READ_ONLY)).field());
        assertEquals("tokenScope", assertThrows(RuleViolation.class,
                () -> apiTokens().create("priya.nair", "Unsure", 30, null)).field());
    }
}
