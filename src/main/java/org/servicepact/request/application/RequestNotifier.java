package org.servicepact.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.i18n.Message;
import org.servicepact.request.domain.PeerRequest;

/** Tells someone what happened to a request, as a CDI event that the notification component observes. */
@ApplicationScoped
public class RequestNotifier {

    @Inject
    Event<RequestNotice> notices;

    void tell(PeerRequest request, Employee recipient, RequestNotice.Kind kind) {
        tell(request, recipient, kind, null);
    }

    /** Nobody is told when there is nobody to tell (a request no one has taken, say). */
    void tell(PeerRequest request, Employee recipient, RequestNotice.Kind kind, Message detail) {
        if (recipient != null) {
            notices.fire(new RequestNotice(request.getId(), recipient.getId(), kind, request.getTitle(), detail));
        }
    }
}
