package org.servicepact.platform.web;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report table's rows as the files a spreadsheet opens. */
class ReportExportTest {

    private static final List<String> HEADINGS = List.of("Department", "Requests", "Compliance", "Rating");
    private static final List<List<String>> ROWS = List.of(
            List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "12", "85 %", "4,5"),
            List.of("Finance, \"Controlling\"", "-3", "—", "4.2"));

    @Test
    void csvIsUtf8WithAMarkAndTurnsWouldBeFormulasIntoText() {
        String csv = new String(ReportExport.csv(HEADINGS, ROWS), StandardCharsets.UTF_8);
        assertEquals("\uFEFFDepartment,Requests,Compliance,Rating\r\n"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",12,85 %,\"4,5\"\r\n"
                + "\"Finance, \"\"Controlling\"\"\",-3,—,4.2\r\n", csv);
    }

    @Test
    void aWorkbookHoldsFiguresAsNumbersAndEverythingElseAsTextNeverAFormula() throws IOException {
        byte[] file = ReportExport.xlsx(HEADINGS, new boolean[]{false, true, true, true}, ROWS);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Compliance", sheet.getRow(0).getCell(2).getStringCellValue());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(0).getCellType(), "a would-be formula stays words");
            assertEquals("=HYPERLINK(\"http://evil.example\",\"x\")", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(12.0, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(0.85, sheet.getRow(1).getCell(2).getNumericCellValue(), 1e-9);
            assertEquals("0%", sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString());
            assertEquals(4.5, sheet.getRow(1).getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(-3.0, sheet.getRow(2).getCell(1).getNumericCellValue());
            assertEquals("—", sheet.getRow(2).getCell(2).getStringCellValue(), "no figure stays the dash");
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void headingsAreBoldAndALongReportIsWrittenWhole() throws IOException {
        List<List<String>> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            many.add(List.of("Department " + i, String.valueOf(i)));
        }
        byte[] file = ReportExport.xlsx(List.of("Department", "Requests"), new boolean[]{false, true}, many);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1_000, sheet.getLastRowNum());
            assertEquals("Department 999", sheet.getRow(1_000).getCell(0).getStringCellValue());
            assertEquals(999.0, sheet.getRow(1_000).getCell(1).getNumericCellValue());
            assertEquals(16 * 256, sheet.getColumnWidth(0), 256, "the longest value and a margin, in characters");
        }
    }

    @Test
    void wordsInAColumnOfWordsStayWordsEvenWhenTheyLookLikeANumber() throws IOException {
        byte[] file = ReportExport.xlsx(List.of("Number"), new boolean[]{false}, List.of(List.of("0042"), List.of("a\u0001b <&> \"c\"\tline\nbreak")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertEquals("0042", workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            assertEquals("a?b <&> \"c\"\tline\nbreak", workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue(),
                    "markup, tabs and line breaks as written; a control character a workbook cannot hold shown as ?");
        }
    }
}
