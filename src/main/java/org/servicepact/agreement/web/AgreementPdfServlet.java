package org.servicepact.agreement.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.servicepact.security.ReaderLanguage;
import org.servicepact.agreement.application.AgreementDirectory;
import org.servicepact.agreement.domain.Agreement;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.platform.rules.RuleViolation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/** {@code /agreements/pdf?id=…&version=…}: one version of an agreement as a PDF, for any logged-in employee. */
@WebServlet("/agreements/pdf")
public class AgreementPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ReaderLanguage readerLanguage;

    @Inject
    transient AgreementDirectory directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AgreementVersion> version;
        Agreement agreement;
        try {
            agreement = directory.agreement(Long.parseLong(request.getParameter("id")));
            String number = request.getParameter("version");
            version = number == null ? agreement.activeVersion().or(() -> Optional.of(agreement.latestVersion()))
                    : agreement.version(Integer.parseInt(number));
        } catch (NumberFormatException | RuleViolation e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (version.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new AgreementPdf(readerLanguage.of(request)).write(agreement, version.get(), pdf);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"agreement-" + agreement.getId() + "-v"
                + version.get().getNumber() + ".pdf\"");
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }
}
