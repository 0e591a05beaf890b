package org.servicepact.agreement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.agreement.application.AgreementDirectory;
import org.servicepact.agreement.application.AgreementFilter;
import org.servicepact.agreement.application.AgreementRow;
import org.servicepact.agreement.domain.AgreementKind;
import org.servicepact.agreement.domain.VersionStatus;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.paging.PageSource;
import org.servicepact.platform.web.PagedListModel;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Every agreement, searched and filtered (party, kind, status, service), and the proposals waiting for me. */
@Named
@ViewScoped
public class AgreementList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementDirectory directory;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    private final AgreementFilter filter = new AgreementFilter();
    private Option party;
    private PagedListModel<AgreementRow> model;
    private List<AgreementRow> waiting;

    public PagedListModel<AgreementRow> getModel() {
        if (model == null) {
            model = new PagedListModel<>(new FilteredAgreements(directory, filter), AgreementRow::id);
        }
        return model;
    }

    /** Whether a listed agreement is due a review: its review date has passed while it is in force. */
    public boolean pastReview(AgreementRow row) {
        return row.isPastReview(LocalDate.now(clock));
    }

    public List<AgreementRow> getWaiting() {
        if (waiting == null) {
            waiting = directory.waitingForDecision(currentActor.get());
        }
        return waiting;
    }

    /** The parties whose name contains the text, to narrow the list to. */
    public List<Option> completeParty(String text) {
        return directory.findParties(text, 15);
    }

    public Option getParty() {
        return party;
    }

    /** Narrows the list to agreements with this party on either side (none: any party). */
    public void setParty(Option party) {
        this.party = party;
        filter.setPartyId(party == null ? null : party.id());
    }

    public AgreementKind[] getKinds() {
        return AgreementKind.values();
    }

    public VersionStatus[] getStatuses() {
        return VersionStatus.values();
    }

    public AgreementFilter getFilter() {
        return filter;
    }

    /** The list's rows through the current filter, which the page changes between requests. */
    private record FilteredAgreements(AgreementDirectory directory, AgreementFilter filter)
            implements PageSource<AgreementRow>, Serializable {

        @Override
        public List<AgreementRow> page(PageRequest request) {
            return directory.page(request, filter);
        }

        @Override
        public long count(PageRequest request) {
            return directory.count(request, filter);
        }
    }
}
