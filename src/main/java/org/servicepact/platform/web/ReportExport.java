package org.servicepact.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
    private static final Pattern PERCENT = Pattern.compile("([+-]?\\d{1,13})\\s?%");
    /** Rows of a workbook kept in memory while it is written; the rest wait in a temporary file. */
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
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Sheet sheet = workbook.createSheet();
            CellStyle bold = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            Row headingRow = sheet.createRow(0);
            int[] widths = new int[headings.size()];
            for (int c = 0; c < headings.size(); c++) {
                Cell cell = headingRow.createCell(c);
                cell.setCellValue(headings.get(c));
                cell.setCellStyle(bold);
                widths[c] = headings.get(c).length();
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    write(row.createCell(c), values.get(c), c < figureColumns.length && figureColumns[c], percent);
                    widths[c] = Math.max(widths[c], values.get(c).length());
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(60, widths[c] + 2) * 256);
            }
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            write(workbook, file);
            return file.toByteArray();
        } finally {
            workbook.dispose();
        }
    }

    private static void write(SXSSFWorkbook workbook, OutputStream out) {
        try (workbook) {
            workbook.write(out);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
    }

    /** A value into its cell: a figure as a number where it is one ("12", "4.2", "85 %"), anything else as text. */
    private static void write(Cell cell, String value, boolean figure, CellStyle percent) {
        Matcher share = PERCENT.matcher(value);
        if (figure && WHOLE.matcher(value).matches()) {
            cell.setCellValue(Long.parseLong(value));
        } else if (figure && DECIMAL.matcher(value).matches()) {
            cell.setCellValue(Double.parseDouble(value.replace(',', '.')));
        } else if (figure && share.matches()) {
            cell.setCellValue(Long.parseLong(share.group(1)) / 100.0);
            cell.setCellStyle(percent);
        } else {
            cell.setCellValue(value);
        }
    }
}
