package org.servicepact.insight.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.servicepact.security.ReaderLanguage;
import org.servicepact.insight.application.CultureReports;
import org.servicepact.insight.application.CultureReview;
import org.servicepact.platform.rules.RuleViolation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;

/** {@code /insight/culture.pdf?from=yyyy-MM&to=yyyy-MM&department=…}: HR's culture review with its charts, as a PDF. */
@WebServlet("/insight/culture.pdf")
public class CultureReviewPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ReaderLanguage readerLanguage;

    @Inject
    transient CultureReports reports;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PeriodChoice choice = new PeriodChoice();
        choice.setFrom(request.getParameter("from"));
        choice.setTo(request.getParameter("to"));
        CultureReview review;
        try {
            String department = request.getParameter("department");
            review = reports.review(request.getUserPrincipal().getName(), choice.period(YearMonth.now(clock)),
                    department == null || department.isBlank() ? null : Long.valueOf(department));
        } catch (NumberFormatException wrong) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RuleViolation refused) {
            response.sendError("record.gone".equals(refused.messageKey()) ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new CultureReviewPdf(readerLanguage.of(request)).write(review, pdf);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"culture-review-" + review.period().from() + "-"
                + review.period().to() + ".pdf\"");
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }
}
