package org.servicepact.notification.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.servicepact.notification.application.WorkItem;
import org.servicepact.notification.application.WorkList;
import org.servicepact.request.api.ApiLanguage;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** {@code /api/v1/work}: what waits on me, most urgent first, as my home page lists it. */
@Path("work")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkResource {

    @Inject
    WorkList work;

    @Inject
    HttpServletRequest http;

    @Context
    HttpHeaders headers;

    @GET
    public List<WorkLine> mine() {
        Locale language = ApiLanguage.of(headers);
        return work.of(http.getUserPrincipal().getName()).stream().map(item -> WorkLine.of(item, language)).toList();
    }

    /**
     * One thing waiting on me: what to do ({@code kind}), on what ({@code id}, {@code number}, {@code title}, and the
     * other party or person in {@code detail}), an escalation's {@code reason}, until when ({@code due}) or since when
     * ({@code since}), {@code urgency} (OVERDUE, AT_RISK, WAITING), {@code page}, the portal's path where it is done, and
     * {@code api}, the API's path where it is read and, but for an agreement's review (a new draft is written on its
     * page), done.
     */
    public record WorkLine(String kind, long id, String number, String title, String detail, String reason, Instant due,
                           Instant since, String urgency, String page, String api) {
        static WorkLine of(WorkItem item, Locale language) {
            return new WorkLine(item.kind().name(), item.id(), item.number(), item.title(), item.detail(),
                    item.reason() == null ? null : item.reason().render(language), item.due(), item.since(),
                    item.urgency().name(), item.page(), apiPath(item));
        }

        private static String apiPath(WorkItem item) {
            return switch (item.kind()) {
                case ESCALATION, QUESTION, CONFIRMATION, ASSIGNED, UNTAKEN -> "/api/v1/requests/" + item.id();
                case RATING -> "/api/v1/requests/" + item.id() + "/rating";
                case LETTER -> "/api/v1/letters/" + item.id();
                case PROPOSAL, REVIEW -> "/api/v1/agreements/" + item.id();
            };
        }
    }
}
