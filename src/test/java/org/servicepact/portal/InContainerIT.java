package org.servicepact.portal;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servicepact.agreement.application.AgreementDirectory;
import org.servicepact.agreement.application.Agreements;
import org.servicepact.calendar.application.Calendars;
import org.servicepact.feedback.application.LetterDirectory;
import org.servicepact.feedback.application.Letters;
import org.servicepact.feedback.application.Ratings;
import org.servicepact.insight.application.CultureFigures;
import org.servicepact.insight.application.CultureReports;
import org.servicepact.insight.application.TieMonthRollup;
import org.servicepact.notification.application.MailChoices;
import org.servicepact.notification.application.MailDispatch;
import org.servicepact.notification.application.MailOutbox;
import org.servicepact.notification.application.Notifications;
import org.servicepact.notification.application.WebhookDispatch;
import org.servicepact.notification.application.Webhooks;
import org.servicepact.notification.application.WorkList;
import org.servicepact.organisation.application.Departments;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.application.OrganisationOverview;
import org.servicepact.organisation.imports.OrganisationImport;
import org.servicepact.platform.startup.BackgroundJobs;
import org.servicepact.platform.leadership.LeaderLocks;
import org.servicepact.platform.startup.DatabaseMigration;
import org.servicepact.request.application.RequestDirectory;
import org.servicepact.request.application.RequestWatcher;
import org.servicepact.request.application.RequestEscalations;
import org.servicepact.request.application.RequestCalendars;
import org.servicepact.request.application.RequestHandOffs;
import org.servicepact.request.application.RequestHistoryImport;
import org.servicepact.request.application.Requests;
import org.servicepact.platform.audit.AuditTrail;
import org.servicepact.security.ApiTokens;
import org.servicepact.security.ExternalSignIns;
import org.servicepact.organisation.directory.DirectorySync;
import org.servicepact.security.LoginThrottle;
import org.servicepact.security.Passwords;
import org.servicepact.security.PortalIdentityStore;
import org.servicepact.security.SignInLocks;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * Every in-container test in one deployment of the real WAR (each deployment boots a Payara Micro, which costs
 * more than all these tests together): the checks of the organisation, agreements, requests and the service
 * culture are interfaces this class implements; it injects what they ask for.
 */
@ExtendWith(ArquillianExtension.class)
class InContainerIT implements OrganisationChecks, AgreementChecks, RequestChecks, CultureChecks, SecurityChecks, DirectoryChecks,
        MailChecks, WorkListChecks, WebhookChecks, LeadershipChecks, FacesChecks, ConnectionPoolChecks {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestRunner(DirectoryChecks.settings(freePort()) + MailChecks.settings(freePort(), freePort())
                + WebhookChecks.settings(freePort()))
                .addClasses(OrganisationChecks.class, AgreementChecks.class, RequestChecks.class, CultureChecks.class,
                        SecurityChecks.class, DirectoryChecks.class, MailChecks.class, WorkListChecks.class, WebhookChecks.class,
                        LeadershipChecks.class, FacesChecks.class, ConnectionPoolChecks.class, WebhookReceiver.class, ControllableClock.class, Statements.class)
                .addAsLibraries(Deployments.jarOf(GreenMail.class), Deployments.jarOf(org.slf4j.Logger.class));
    }

    @Inject
    Requests requests;

    @Inject
    RequestEscalations escalations;

    @Inject
    RequestCalendars requestCalendars;

    @Inject
    RequestHandOffs handOffs;

    @Inject
    RequestHistoryImport historyImport;

    @Inject
    RequestDirectory requestDirectory;

    @Inject
    RequestWatcher watcher;

    @Inject
    ControllableClock clock;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    SignInLocks signInLocks;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ApiTokens apiTokens;

    @Inject
    ExternalSignIns externalSignIns;

    @Inject
    DirectorySync directorySync;

    @Inject
    Notifications notifications;

    @PersistenceContext
    EntityManager em;

    @Inject
    Agreements agreements;

    @Inject
    AgreementDirectory agreementDirectory;

    @Inject
    DatabaseMigration migration;

    @Inject
    Departments departments;

    @Inject
    Employees employees;

    @Inject
    OrganisationOverview overview;

    @Inject
    Calendars calendars;

    @Inject
    OrganisationImport organisationImport;

    @Inject
    PortalIdentityStore identityStore;

    @Inject
    Ratings ratings;

    @Inject
    BackgroundJobs jobs;

    @Inject
    LeaderLocks leaderLocks;

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    Letters letters;

    @Inject
    LetterDirectory letterDirectory;

    @Inject
    CultureFigures figures;

    @Inject
    CultureReports reports;

    @Inject
    TieMonthRollup rollup;

    @Inject
    UserTransaction transaction;

    @Inject
    MailDispatch mailDispatch;

    @Inject
    MailChoices mailChoices;

    @Inject
    MailOutbox mailOutbox;

    @Inject
    WorkList workList;

    @Inject
    Webhooks webhooks;

    @Inject
    WebhookDispatch webhookDispatch;

    @Override
    public Webhooks webhooks() {
        return webhooks;
    }

    @Override
    public WebhookDispatch webhookDispatch() {
        return webhookDispatch;
    }

    @Override
    public WorkList workList() {
        return workList;
    }

    @Override
    public MailOutbox mailOutbox() {
        return mailOutbox;
    }

    @Override
    public MailDispatch mailDispatch() {
        return mailDispatch;
    }

    @Override
    public MailChoices mailChoices() {
        return mailChoices;
    }

    @Override
    public RequestEscalations escalations() {
        return escalations;
    }

    @Override
    public RequestCalendars requestCalendars() {
        return requestCalendars;
    }

    @Override
    public RequestHandOffs handOffs() {
        return handOffs;
    }

    @Override
    public RequestHistoryImport historyImport() {
        return historyImport;
    }

    @Override
    public Requests requests() {
        return requests;
    }

    @Override
    public RequestDirectory requestDirectory() {
        return requestDirectory;
    }

    @Override
    public Passwords passwords() {
        return passwords;
    }

    @Override
    public LoginThrottle throttle() {
        return throttle;
    }

    @Override
    public SignInLocks signInLocks() {
        return signInLocks;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    @Override
    public ApiTokens apiTokens() {
        return apiTokens;
    }

    @Override
    public ExternalSignIns externalSignIns() {
        return externalSignIns;
    }

    @Override
    public DirectorySync directorySync() {
        return directorySync;
    }

    /** A port free now, for the directory a check starts inside the server. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ControllableClock clock() {
        return clock;
    }

    @Override
    public RequestWatcher watcher() {
        return watcher;
    }

    @Override
    public Notifications notifications() {
        return notifications;
    }

    @Override
    public EntityManager em() {
        return em;
    }

    @Override
    public Agreements agreements() {
        return agreements;
    }

    @Override
    public AgreementDirectory agreementDirectory() {
        return agreementDirectory;
    }

    @Override
    public DatabaseMigration migration() {
        return migration;
    }

    @Override
    public Departments departments() {
        return departments;
    }

    @Override
    public Employees employees() {
        return employees;
    }

    @Override
    public OrganisationOverview overview() {
        return overview;
    }

    @Override
    public Calendars calendars() {
        return calendars;
    }

    @Override
    public OrganisationImport organisationImport() {
        return organisationImport;
    }

    @Override
    public PortalIdentityStore identityStore() {
        return identityStore;
    }

    @Override
    public BackgroundJobs jobs() {
        return jobs;
    }

    @Override
    public LeaderLocks leaderLocks() {
        return leaderLocks;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Ratings ratings() {
        return ratings;
    }

    @Override
    public Letters letters() {
        return letters;
    }

    @Override
    public LetterDirectory letterDirectory() {
        return letterDirectory;
    }

    @Override
    public CultureFigures figures() {
        return figures;
    }

    @Override
    public CultureReports reports() {
        return reports;
    }

    @Override
    public TieMonthRollup rollup() {
        return rollup;
    }

    @Override
    public UserTransaction transaction() {
        return transaction;
    }
}
