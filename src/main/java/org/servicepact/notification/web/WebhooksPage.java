package org.servicepact.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.servicepact.notification.application.Webhooks;
import org.servicepact.notification.domain.Webhook;
import org.servicepact.organisation.application.DepartmentRow;
import org.servicepact.organisation.application.OrganisationOverview;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.platform.web.PerRequest;
import org.servicepact.security.CurrentUser;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A head's webhooks: register an HTTPS endpoint for some of the department's events (the signing secret shown once),
 * send a test event, read the delivery log, deactivate.
 */
@Named
@ViewScoped
public class WebhooksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Webhooks webhooks;

    @Inject
    OrganisationOverview organisation;

    @Inject
    CurrentUser currentUser;

    private Long departmentId;
    private String url;
    private List<Webhook.Event> events = new ArrayList<>(List.of(Webhook.Event.REQUEST_BREACHED, Webhook.Event.REQUEST_ESCALATED));
    private String newSecret;
    private Long shownLog;
    private final PerRequest<List<Webhooks.WebhookRow>> mine = new PerRequest<>();
    private final PerRequest<List<Webhooks.AttemptRow>> log = new PerRequest<>();

    public List<DepartmentRow> getDepartments() {
        return organisation.departmentsHeadedBy(currentUser.getUsername());
    }

    public List<Webhooks.WebhookRow> getWebhooks() {
        return mine.get(() -> webhooks.mine(currentUser.getUsername()));
    }

    public List<Webhook.Event> getEventChoices() {
        return Arrays.stream(Webhook.Event.values()).filter(event -> event != Webhook.Event.TEST).toList();
    }

    public void register() {
        newSecret = null;
        Webhooks.Created[] created = new Webhooks.Created[1];
        Set<Webhook.Event> chosen = events == null || events.isEmpty() ? EnumSet.noneOf(Webhook.Event.class) : EnumSet.copyOf(events);
        if (FormMessages.attempt(() -> created[0] = webhooks.register(currentUser.getUsername(), departmentId, url, chosen), null)) {
            newSecret = created[0].secret();
            url = null;
            mine.forget();
        }
    }

    public void sendTest(Webhooks.WebhookRow webhook) {
        if (FormMessages.attempt(() -> webhooks.sendTest(webhook.id(), currentUser.getUsername()), null)) {
            Messages.addGlobalInfo("webhook.testQueued");
            shownLog = webhook.id();
            log.forget();
        }
    }

    public void showLog(Webhooks.WebhookRow webhook) {
        shownLog = webhook.id();
        log.forget();
    }

    public void deactivate(Webhooks.WebhookRow webhook) {
        if (FormMessages.attempt(() -> webhooks.deactivate(webhook.id(), webhook.version(), currentUser.getUsername()), null)) {
            Messages.addGlobalInfo("webhook.deactivated");
            mine.forget();
        }
    }

    public List<Webhooks.AttemptRow> getLog() {
        return shownLog == null ? List.of() : log.get(() -> webhooks.log(shownLog, currentUser.getUsername()));
    }

    public Long getShownLog() {
        return shownLog;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<Webhook.Event> getEvents() {
        return events;
    }

    public void setEvents(List<Webhook.Event> events) {
        this.events = events;
    }

    public String getNewSecret() {
        return newSecret;
    }
}
