package org.servicepact.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.platform.audit.AuditEntry;
import org.servicepact.platform.audit.AuditTrail;
import org.servicepact.platform.web.PagedListModel;

import java.io.Serializable;

/** The administrator's view of the audit trail: searched, paged in the database, exported to CSV. */
@Named
@ViewScoped
public class AuditLogList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    private PagedListModel<AuditEntry> model;

    public PagedListModel<AuditEntry> getEntries() {
        if (model == null) {
            model = new PagedListModel<>(trail, AuditEntry::id);
        }
        return model;
    }
}
