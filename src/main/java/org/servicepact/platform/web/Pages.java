package org.servicepact.platform.web;

import org.omnifaces.util.Faces;
import org.servicepact.platform.rules.RuleViolation;

/** Small helpers view beans share for answering with an error page. */
public final class Pages {

    private Pages() {
    }

    /** Answers with the "not found" page, for an edit page opened with an id that matches nothing. */
    public static void notFound() {
        Faces.responseSendError(404, "Not found");
    }

    /** Answers with the "forbidden" page, for a page the user may not see, whatever its parameters. */
    public static void forbidden() {
        Faces.responseSendError(403, "Forbidden");
    }

    /** Answers a page refused by a rule: "not found" for a record that is not there, else "forbidden". */
    public static void refused(RuleViolation refusal) {
        if ("record.gone".equals(refusal.messageKey())) {
            notFound();
        } else {
            forbidden();
        }
    }
}
