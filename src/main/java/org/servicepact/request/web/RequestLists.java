package org.servicepact.request.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.paging.PageSource;
import org.servicepact.platform.web.PagedListModel;
import org.servicepact.request.application.EscalationRow;
import org.servicepact.request.application.RequestDirectory;
import org.servicepact.request.application.RequestEscalations;
import org.servicepact.request.application.RequestRow;
import org.servicepact.security.CurrentUser;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * My requests (open ones first in view, newest first), my department's queue as provider (open, unassigned, assigned
 * to me, at risk, breached; what comes due first, first) and the escalations sent to me, with the cues for triage:
 * overdue and at risk marked, who has it, a search box. Each list is a tab read when it is opened;
 * {@code ?tab=queue} or {@code ?tab=escalated} opens the page on that one, {@code &scope=} on one of its choices.
 */
@Named
@ViewScoped
public class RequestLists implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestDirectory directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestEscalations requestEscalations;

    /** The tabs' names in the page's order, as {@code ?tab=} gives them. */
    private static final List<String> TABS = List.of("mine", "queue", "escalated");

    private int activeTab;
    private RequestDirectory.Scope mineScope = RequestDirectory.Scope.MINE_OPEN;
    private RequestDirectory.Scope queueScope = RequestDirectory.Scope.QUEUE_OPEN;
    private PagedListModel<RequestRow> mine;
    private PagedListModel<RequestRow> queue;
    private List<EscalationRow> escalations;
    private Long escalationsWaiting;

    private static final List<RequestDirectory.Scope> MINE_SCOPES = List.of(RequestDirectory.Scope.MINE_OPEN,
            RequestDirectory.Scope.MINE_CLOSED, RequestDirectory.Scope.MINE);
    private static final List<RequestDirectory.Scope> QUEUE_SCOPES = List.of(RequestDirectory.Scope.QUEUE_OPEN,
            RequestDirectory.Scope.QUEUE_UNASSIGNED, RequestDirectory.Scope.QUEUE_ASSIGNED_TO_ME,
            RequestDirectory.Scope.QUEUE_AT_RISK, RequestDirectory.Scope.QUEUE_BREACHED);

    /** Opens the tab {@code ?tab=} names on the choice {@code ?scope=} names ({@code ?tab=queue&scope=breached}). */
    @PostConstruct
    void openTheListAskedFor() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        activeTab = tabNamed(parameters.get("tab"));
        String scope = parameters.get("scope");
        if (activeTab == 0) {
            mineScope = scopeNamed(MINE_SCOPES, scope).orElse(mineScope);
        } else if (activeTab == 1) {
            queueScope = scopeNamed(QUEUE_SCOPES, scope).orElse(queueScope);
        }
    }

    /** The index of the tab {@code ?tab=} names; the first (mine) for none or a name the page does not know. */
    static int tabNamed(String name) {
        return name == null ? 0 : Math.max(0, TABS.indexOf(name));
    }

    /**
     * The choice of a tab's list an address names: the scope's name without its list's prefix, in lower case with
     * hyphens ("all", "open", "closed"; "unassigned", "assigned-to-me", "at-risk", "breached"); empty for another.
     */
    static Optional<RequestDirectory.Scope> scopeNamed(List<RequestDirectory.Scope> scopes, String name) {
        return scopes.stream().filter(scope -> addressName(scope).equals(name)).findFirst();
    }

    static String addressName(RequestDirectory.Scope scope) {
        String choice = scope.name().replaceFirst("^(MINE|QUEUE)_?", "");
        return choice.isEmpty() ? "all" : choice.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The tab shown (0 mine, 1 queue, 2 escalated); PrimeFaces sets it when the person opens another. */
    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab >= 0 && activeTab < TABS.size() ? activeTab : 0;
    }

    public PagedListModel<RequestRow> getMine() {
        if (mine == null) {
            mine = new PagedListModel<>(new ScopedRequests(directory, this::viewer, this::getMineScope),
                    RequestRow::id);
        }
        return mine;
    }

    public PagedListModel<RequestRow> getQueue() {
        if (queue == null) {
            queue = new PagedListModel<>(new ScopedRequests(directory, this::viewer, this::getQueueScope),
                    RequestRow::id);
        }
        return queue;
    }

    public List<EscalationRow> getEscalations() {
        if (escalations == null) {
            escalations = requestEscalations.escalatedTo(currentUser.getUsername());
        }
        return escalations;
    }

    /** How many of my escalations wait for my acknowledgement. */
    public long getEscalationsWaiting() {
        if (escalationsWaiting == null) {
            escalationsWaiting = requestEscalations.waitingCount(currentUser.getUsername());
        }
        return escalationsWaiting;
    }

    public List<RequestDirectory.Scope> getMineScopes() {
        return MINE_SCOPES;
    }

    public RequestDirectory.Scope getMineScope() {
        return mineScope;
    }

    public void setMineScope(RequestDirectory.Scope mineScope) {
        this.mineScope = mineScope;
    }

    public List<RequestDirectory.Scope> getQueueScopes() {
        return QUEUE_SCOPES;
    }

    public RequestDirectory.Scope getQueueScope() {
        return queueScope;
    }

    public void setQueueScope(RequestDirectory.Scope queueScope) {
        this.queueScope = queueScope;
    }

    /** Whose lists: the signed-in person as this request found them (the header reads the same record). */
    private RequestDirectory.Viewer viewer() {
        return RequestDirectory.Viewer.of(currentUser.employee().orElseThrow());
    }

    /** Who is asking, read again in each request: a person moved to another department sees its queue at once. */
    @FunctionalInterface
    interface ViewerSource extends Serializable {
        RequestDirectory.Viewer get();
    }

    /** Where a list's scope comes from: fixed, or the page's current choice. */
    @FunctionalInterface
    interface ScopeSource extends Serializable {
        RequestDirectory.Scope get();
    }

    private record ScopedRequests(RequestDirectory directory, ViewerSource viewer, ScopeSource scope)
            implements PageSource<RequestRow>, Serializable {

        @Override
        public List<RequestRow> page(PageRequest request) {
            return directory.page(scope.get(), viewer.get(), request);
        }

        @Override
        public long count(PageRequest request) {
            return directory.count(scope.get(), viewer.get(), request);
        }
    }
}
