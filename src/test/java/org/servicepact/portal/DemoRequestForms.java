package org.servicepact.portal;

import org.servicepact.agreement.domain.Priority;
import org.servicepact.organisation.application.Option;
import org.servicepact.request.application.RequestForm;
import org.servicepact.request.application.Requests;

/** Request forms on the demo organisation, for the in-container tests. */
final class DemoRequestForms {

    private DemoRequestForms() {
    }

    /** What Lena (Finance) fills in to ask IT for something under "IT services for Finance", as P2. */
    static RequestForm lenaAsksIt(Requests requests, String title) {
        Option itForFinance = requests.agreementsFor("lena.fischer").stream()
                .filter(o -> o.label().equals("Information Technology — IT services for Finance")).findFirst().orElseThrow();
        RequestForm form = new RequestForm();
        form.setAgreementVersionId(itForFinance.id());
        form.setServiceId(requests.version(itForFinance.id()).getServices().get(0).getId());
        form.setPriority(Priority.P2);
        form.setTitle(title);
        form.setDescription("The battery lasts twenty minutes.");
        return form;
    }
}
