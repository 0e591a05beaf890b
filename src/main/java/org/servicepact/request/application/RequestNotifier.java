package org.servicepact.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.Party;
import org.servicepact.platform.i18n.Message;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.request.domain.PeerRequest;

import java.time.Instant;

/** Tells someone what happened to a request, as a CDI event that the notification component observes. */
@ApplicationScoped
public class RequestNotifier {

    @Inject
    Event<RequestNotice> notices;

    @Inject
    Event<RequestHappened> happenings;

    /** Tells the request's departments' own systems (webhooks) what happened, once. */
    void happened(PeerRequest request, RequestHappened.Kind kind, Instant at, Message detail) {
        happenings.fire(new RequestHappened(request.getId(), departmentId(request.getProvider()), departmentId(request.getConsumer()),
                kind, request.getTitle(), at, detail == null ? null : detail.render(Texts.DEFAULT)));
    }

    private static Long departmentId(Party party) {
        return party instanceof Department department ? department.getId() : null;
    }

    void tell(PeerRequest request, Employee recipient, RequestNotice.Kind kind) {
        tell(request, recipient, kind, null);
    }

    /** Nobody is told when there is nobody to tell (a request no one has taken, say). */
    void tell(PeerRequest request, Employee recipient, RequestNotice.Kind kind, Message detail) {
        tell(request, recipient, kind, detail, null, null);
    }

    /** What the watcher found: dated when it happened, and summarised when a catch-up found it (see {@link RequestNotice}). */
    void tell(PeerRequest request, Employee recipient, RequestNotice.Kind kind, Message detail, Instant happenedAt,
              Instant summarisedAt) {
        if (recipient != null) {
            notices.fire(new RequestNotice(request.getId(), recipient.getId(), kind, request.getTitle(), detail, happenedAt,
                    summarisedAt));
        }
    }
}
