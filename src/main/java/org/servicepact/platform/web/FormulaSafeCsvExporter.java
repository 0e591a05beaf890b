package org.servicepact.platform.web;

import org.primefaces.component.datatable.export.DataTableCSVExporter;

import java.util.regex.Pattern;

/**
 * The CSV export of a data table with every cell that a spreadsheet would read as a formula turned into text: a
 * value starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe, so a department named {@code =HYPERLINK(…)} reaches HR's spreadsheet as words, never as a live
 * formula. Plain numbers ({@code -3}, {@code +1.5}, {@code -12 %}) stay numbers.
 */
public class FormulaSafeCsvExporter extends DataTableCSVExporter {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?\\s?%?");

    @Override
    protected String escapeQuotes(String value) {
        return super.escapeQuotes(neutralised(value));
    }

    /** The value as a spreadsheet must show it: as text when it would otherwise start a formula. */
    public static String neutralised(String value) {
        if (value == null || value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }
}
