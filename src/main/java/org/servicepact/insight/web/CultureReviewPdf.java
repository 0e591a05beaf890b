package org.servicepact.insight.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.servicepact.feedback.domain.Principle;
import org.servicepact.insight.application.CultureReview;
import org.servicepact.insight.application.MonthFigures;
import org.servicepact.insight.application.TieRow;
import org.servicepact.insight.domain.HealthScore;
import org.servicepact.insight.domain.TieFigures;
import org.servicepact.platform.pdf.PdfTextStyle;
import org.servicepact.platform.i18n.Texts;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * HR's culture review as a PDF: the health formula in words, the organisation's trends as charts (drawn with
 * JFreeChart), the matrix of ties in its colours, the principles by department, the hot spots and how complete
 * and timely each department's requests were.
 */
final class CultureReviewPdf {

    private static final PdfTextStyle TITLE = PdfTextStyle.bold(18, new Color(31, 111, 139));
    private static final PdfTextStyle HEADING = PdfTextStyle.bold(13);
    private static final PdfTextStyle BODY = PdfTextStyle.regular(9);
    private static final PdfTextStyle SMALL = PdfTextStyle.regular(7);
    private static final PdfTextStyle SMALL_BOLD = PdfTextStyle.bold(7);
    private static final Map<HealthScore.Band, Color> BAND_COLOURS = Map.of(HealthScore.Band.HEALTHY, new Color(198, 234, 206),
            HealthScore.Band.WATCH, new Color(255, 234, 184), HealthScore.Band.STRAINED, new Color(248, 200, 195));
    private static final int CHART_WIDTH = 1000;
    private static final int CHART_HEIGHT = 300;
    private static final Color GRID = new Color(220, 224, 230);
    private static final Color VOLUME = new Color(156, 195, 213);
    private static final List<Color> SERIES_COLOURS = List.of(new Color(30, 107, 52), new Color(138, 90, 0), new Color(44, 74, 154));

    /** The reader's language: every label of the document is in it. */
    private final Locale language;

    CultureReviewPdf(Locale language) {
        this.language = language;
    }

    private final InsightFormat format = new InsightFormat();

    void write(CultureReview review, OutputStream out) throws DocumentException, IOException {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("insight.culture"));
        document.open();
        document.add(TITLE.paragraph(text("insight.culture")));
        document.add(BODY.paragraph(InsightFormat.month(review.period().from(), language) + " – "
                + InsightFormat.month(review.period().to(), language) + " · " + format.getAnonymity()));
        heading(document, text("insight.organisationTrend"));
        document.add(chart(review.months(), false));
        document.add(chart(review.months(), true));
        heading(document, text("insight.matrix"));
        document.add(matrix(review));
        document.add(SMALL.paragraph(text("insight.health.formula") + " " + String.join(" ", text("insight.health.P"),
                text("insight.health.C"), text("insight.health.F"), text("insight.health.E"), text("insight.health.R"),
                text("insight.health.missing"))));
        heading(document, text("insight.principles"));
        document.add(table(List.of("insight.department", "rating.principle.RESPECT", "rating.principle.HELPFULNESS",
                "rating.principle.INTEGRITY", "rating.principle.WORKMANSHIP", "insight.asRequester"), review.principles(),
                p -> List.of(p.departmentName(), format.rating(p.asProvider(), Principle.RESPECT),
                        format.rating(p.asProvider(), Principle.HELPFULNESS),
                        format.rating(p.asProvider(), Principle.INTEGRITY),
                        format.rating(p.asProvider(), Principle.WORKMANSHIP),
                        format.rating(p.asConsumer()))));
        heading(document, text("insight.hotSpots"));
        document.add(table(List.of("insight.department", "insight.escalations", "insight.complaints", "insight.compliments"),
                review.hotSpots(), h -> List.of(h.departmentName(), String.valueOf(h.escalations()), String.valueOf(h.complaints()),
                        String.valueOf(h.compliments()))));
        heading(document, text("insight.discipline"));
        document.add(table(List.of("insight.department", "insight.requestsMade", "insight.incomplete", "insight.lateClarifications",
                "insight.shortNotice"), review.discipline(), d -> List.of(d.departmentName(), String.valueOf(d.requests()),
                format.percentOf(d.incomplete(), d.requests()), format.percentOf(d.lateClarifications(), d.clarifications()),
                String.valueOf(d.shortNotice()))));
        heading(document, text("insight.ties"));
        document.add(table(List.of("insight.provider", "insight.consumer", "insight.requests", "insight.providerCompliance",
                "insight.consumerCompliance", "insight.firstTime", "insight.reopenRate", "insight.health"), review.ties(),
                t -> List.of(t.providerName(), t.consumerName(), String.valueOf(t.figures().requests()),
                        format.percent(t.figures().providerCompliance()), format.percent(t.figures().consumerCompliance()),
                        format.percent(t.figures().firstTimeResolutionRate()), format.percent(t.figures().reopenRate()),
                        format.health(t.health()))));
        document.close();
    }

    /** The monthly volumes as bars, or the monthly shares as lines, as an image. */
    private Image chart(List<MonthFigures> months, boolean shares) throws IOException, DocumentException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthFigures month : months) {
            String label = InsightFormat.month(month.month(), language);
            if (shares) {
                add(data, month.figures().providerCompliance(), text("insight.providerCompliance"), label);
                add(data, month.figures().consumerCompliance(), text("insight.consumerCompliance"), label);
                add(data, month.figures().firstTimeResolutionRate(), text("insight.firstTime"), label);
            } else {
                data.addValue(month.figures().requests(), text("insight.requests"), label);
            }
        }
        JFreeChart chart = shares
                ? ChartFactory.createLineChart(null, null, "%", data, PlotOrientation.VERTICAL, true, false, false)
                : ChartFactory.createBarChart(null, null, text("insight.requests"), data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        for (int series = 0; series < SERIES_COLOURS.size(); series++) {
            plot.getRenderer().setSeriesPaint(series, shares ? SERIES_COLOURS.get(series) : VOLUME);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(png, chart, CHART_WIDTH, CHART_HEIGHT);
        Image image = Image.getInstance(png.toByteArray());
        image.scaleToFit(760, 215);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    private void add(DefaultCategoryDataset data, OptionalDouble share, String series, String month) {
        data.addValue(share.isPresent() ? Double.valueOf(Math.round(share.getAsDouble() * 1000) / 10.0) : null, series, month);
    }

    private PdfPTable matrix(CultureReview review) {
        List<CultureReview.Party> departments = review.matrix();
        Map<String, TieFigures> cells = new HashMap<>();
        for (TieRow tie : review.ties()) {
            cells.merge(Math.min(tie.providerId(), tie.consumerId()) + "-" + Math.max(tie.providerId(), tie.consumerId()),
                    tie.figures(), TieFigures::plus);
        }
        PdfPTable table = new PdfPTable(departments.size() + 1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.addCell(new PdfPCell(SMALL.phrase("")));
        departments.forEach(column -> table.addCell(new PdfPCell(SMALL_BOLD.phrase(column.name()))));
        for (CultureReview.Party row : departments) {
            table.addCell(new PdfPCell(SMALL_BOLD.phrase(row.name())));
            for (CultureReview.Party column : departments) {
                TieFigures cell = row.id() == column.id() ? null
                        : cells.get(Math.min(row.id(), column.id()) + "-" + Math.max(row.id(), column.id()));
                Optional<HealthScore> health = cell == null ? Optional.empty() : cell.health();
                PdfPCell shown = new PdfPCell(SMALL.phrase(format.health(health)));
                shown.setHorizontalAlignment(Element.ALIGN_CENTER);
                health.ifPresent(score -> shown.setBackgroundColor(BAND_COLOURS.get(score.band())));
                table.addCell(shown);
            }
        }
        return table;
    }

    private <T> PdfPTable table(List<String> headerKeys, List<T> rows, Function<T, List<String>> cells) {
        PdfPTable table = new PdfPTable(headerKeys.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        headerKeys.forEach(key -> table.addCell(new PdfPCell(SMALL_BOLD.phrase(text(key)))));
        rows.forEach(row -> cells.apply(row).forEach(cell -> table.addCell(new PdfPCell(SMALL.phrase(cell)))));
        return table;
    }

    private void heading(Document document, String text) throws DocumentException {
        Paragraph heading = HEADING.paragraph(text);
        heading.setSpacingBefore(12);
        document.add(heading);
    }

    private String text(String key) {
        return Texts.format(language, key);
    }
}
