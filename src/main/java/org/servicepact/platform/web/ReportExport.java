package org.servicepact.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report table's rows as a file, made on the server from the rows the page shows: CSV (UTF-8 with a byte-order mark,
 * so a spreadsheet reads the accents; a value a spreadsheet would take for a formula written as text, see
 * {@link FormulaSafeCsvExporter#neutralised}) or an Excel workbook (figures as numbers, a share as a percentage, every
 * other value as text, which a workbook never runs).
 */
public final class ReportExport {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,15}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,15}[.,]\\d{1,6}");
    private static final Pattern UNWRITABLE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    private static final Pattern PERCENT = Pattern.compile("([+-]?\\d{1,13})\\s?%");
    /** Rows of a workbook kept in memory while it is written; those before are already written out. */
    private static final int ROWS_IN_MEMORY = 200;

    private ReportExport() {
    }

    /** Answers the request with the table's rows in the format ("csv" or "xlsx") as a download. */
    static void send(ReportTable<?> table, String format) {
        boolean csv = "csv".equals(format);
        byte[] file = csv ? csv(table.headings(), table.exportRows()) : xlsx(table.headings(), figureColumns(table), table.exportRows());
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext answer = faces.getExternalContext();
        answer.setResponseContentType(csv ? "text/csv; charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        answer.setResponseHeader("Content-Disposition", "attachment; filename=\"" + table.getFileName() + "." + format + "\"");
        answer.setResponseContentLength(file.length);
        try {
            answer.getResponseOutputStream().write(file);
        } catch (IOException gone) {
            throw new UncheckedIOException(gone);
        }
        faces.responseComplete();
    }

    private static boolean[] figureColumns(ReportTable<?> table) {
        boolean[] figures = new boolean[table.getColumns().size()];
        for (int i = 0; i < figures.length; i++) {
            figures[i] = table.getColumns().get(i).figures();
        }
        return figures;
    }

    /** The rows under their headings as CSV. */
    public static byte[] csv(List<String> headings, List<List<String>> rows) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            printer.printRecord(headings.stream().map(FormulaSafeCsvExporter::neutralised));
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(FormulaSafeCsvExporter::neutralised));
            }
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return file.toByteArray();
    }

    /** The rows under their headings as an Excel workbook of one sheet; in the columns of figures, numbers are numbers. */
    public static byte[] xlsx(List<String> headings, boolean[] figureColumns, List<List<String>> rows) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(file, "ServicePact", null)) {
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            // the widths go before the rows in the file, so they are measured first
            int[] widths = new int[headings.size()];
            for (int c = 0; c < widths.length; c++) {
                widths[c] = headings.get(c).length();
            }
            for (List<String> values : rows) {
                for (int c = 0; c < values.size() && c < widths.length; c++) {
                    widths[c] = Math.max(widths[c], values.get(c).length());
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.width(c, Math.min(60, widths[c] + 2));
                sheet.value(0, c, writable(headings.get(c)));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    write(sheet, r + 1, c, values.get(c), c < figureColumns.length && figureColumns[c]);
                }
                if ((r + 1) % ROWS_IN_MEMORY == 0) {
                    sheet.flush();
                }
            }
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return file.toByteArray();
    }

    /** A value into its cell: a figure as a number where it is one ("12", "4.2", "85 %"), anything else as text. */
    private static void write(Worksheet sheet, int row, int column, String value, boolean figure) {
        Matcher share = PERCENT.matcher(value);
        if (figure && WHOLE.matcher(value).matches()) {
            sheet.value(row, column, Long.parseLong(value));
        } else if (figure && DECIMAL.matcher(value).matches()) {
            sheet.value(row, column, Double.parseDouble(value.replace(',', '.')));
        } else if (figure && share.matches()) {
            sheet.value(row, column, Long.parseLong(share.group(1)) / 100.0);
            sheet.style(row, column).format("0%").set();
        } else {
            sheet.value(row, column, writable(value));
        }
    }

    /** The text with each control character a workbook's XML cannot hold (all but tab and line breaks) shown as '?'. */
    private static String writable(String text) {
        return UNWRITABLE.matcher(text).replaceAll("?");
    }
}
