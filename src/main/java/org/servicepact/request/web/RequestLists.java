package org.servicepact.request.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.paging.Pager;
import org.servicepact.platform.web.SortIcons;
import org.servicepact.request.application.EscalationRow;
import org.servicepact.request.application.RequestDirectory;
import org.servicepact.request.application.RequestEscalations;
import org.servicepact.request.application.RequestRow;
import org.servicepact.security.CurrentUser;

import java.util.List;

/**
 * My requests (open ones first in view, newest first), my department's queue as provider (open, unassigned, assigned
 * to me, at risk, breached; what comes due first, first) and the escalations sent to me, with the cues for triage:
 * overdue and at risk marked, who has it, a search box. Each list, its search, order and page is an address
 * ({@link RequestListAddress}); the page is plain links and a search form sent with GET, so it keeps no view state
 * and reads only the list shown: one page of it and its count, or the escalations.
 */
@Named
@RequestScoped
public class RequestLists {

    /** Rows on one page of a list. */
    static final int PAGE_SIZE = 15;

    @Inject
    RequestDirectory directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestEscalations requestEscalations;

    private RequestListAddress address;
    private Pager pager;
    private List<RequestRow> rows;
    private List<EscalationRow> escalations;
    private Long escalationsWaiting;

    @PostConstruct
    void readTheAddress() {
        address = RequestListAddress.of(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
    }

    public RequestListAddress getAddress() {
        return address;
    }

    /** The tab shown: "mine", "queue" or "escalated". */
    public String getTab() {
        return address.tab();
    }

    public List<String> getTabs() {
        return RequestListAddress.TABS;
    }

    public List<RequestDirectory.Scope> getScopes() {
        return RequestListAddress.scopesOf(address.tab());
    }

    /** The page of the list shown among its pages: its count read once, with its search. */
    public Pager getPager() {
        if (pager == null) {
            pager = new Pager(address.page(), PAGE_SIZE, directory.count(address.scope(), viewer(), pageRequest(0)));
        }
        return pager;
    }

    /** The page of the list shown: the one the address names, or the last there is when it names one beyond. */
    public List<RequestRow> getRows() {
        if (rows == null) {
            rows = getPager().total() == 0 ? List.of()
                    : directory.page(address.scope(), viewer(), pageRequest(getPager().first()));
        }
        return rows;
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

    /** The query of another tab ({@code ?tab=queue}). */
    public String tabQuery(String tab) {
        return address.onTab(tab).query();
    }

    public String scopeQuery(RequestDirectory.Scope scope) {
        return address.withScope(scope).query();
    }

    public String pageQuery(int page) {
        return address.onPage(page).query();
    }

    public String sortQuery(String column) {
        return address.sortedBy(column).query();
    }

    /** The columns the lists sort by, for the sorting links shown on a phone (where the headings are not). */
    public List<String> getSortable() {
        return RequestListAddress.SORTABLE;
    }

    /** The icon of a column's sorting link: unsorted, or which way it is sorted now. */
    public String sortIcon(String column) {
        return SortIcons.of(address.sortState(column));
    }

    /** A choice's name in the address ("closed", "at-risk"). */
    public String scopeName(RequestDirectory.Scope scope) {
        return RequestListAddress.addressName(scope);
    }

    private PageRequest pageRequest(int first) {
        return new PageRequest(first, PAGE_SIZE, address.sort(), address.ascending(), address.search());
    }

    /** Whose lists: the signed-in person as this request found them (the header reads the same record). */
    private RequestDirectory.Viewer viewer() {
        return RequestDirectory.Viewer.of(currentUser.employee().orElseThrow());
    }
}
