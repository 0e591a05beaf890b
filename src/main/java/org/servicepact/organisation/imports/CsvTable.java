package org.servicepact.organisation.imports;

import org.servicepact.platform.i18n.Message;
import org.servicepact.platform.i18n.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Serializable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file read strictly: UTF-8 only (a byte-order mark is allowed), comma- or semicolon-separated, a header
 * line naming each column once, every required column present; a line that is not valid CSV (a quote left open)
 * is named. What is wrong with the file as a whole comes back as a problem, not
 * an exception, so the preview can say it.
 */
public final class CsvTable {

    private final List<Row> rows;
    private final Message problem;

    private CsvTable(List<Row> rows, Message problem) {
        this.rows = rows;
        this.problem = problem;
    }

    /** A data line of the file: its line number (the header is line 1) and its values by column. */
    public record Row(long line, Map<String, String> values) implements Serializable {
        public String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    public static CsvTable read(byte[] content, List<String> requiredColumns, List<String> optionalColumns) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return failed(Message.of("import.file.notUtf8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed(Message.of("import.file.empty"));
        }
        char delimiter = delimiterOf(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        CSVParser parser;
        try {
            parser = CSVParser.parse(new StringReader(text), format);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return failed(Message.of("import.file.invalidLine", "1"));
        }
        long lastGoodLine = 1;
        try (parser) {
            Map<String, String> columnsByLowerName = new LinkedHashMap<>();
            for (String name : parser.getHeaderNames()) {
                String column = name.strip().toLowerCase(Locale.ROOT);
                if (columnsByLowerName.putIfAbsent(column, name) != null) {
                    return failed(Message.of("import.file.columnTwice", Texts.echo(column)));
                }
            }
            List<String> missing = requiredColumns.stream().filter(c -> !columnsByLowerName.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                Message optional = optionalColumns.isEmpty() ? Message.literal("")
                        : Message.of("import.file.optionalColumns", String.join(", ", optionalColumns));
                return failed(Message.of(missing.size() == 1 ? "import.file.missingColumn" : "import.file.missingColumns",
                        String.join(", ", missing), String.join(", ", requiredColumns), optional));
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                lastGoodLine = parser.getCurrentLineNumber();
                if (isBlank(record)) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (String column : concat(requiredColumns, optionalColumns)) {
                    String header = columnsByLowerName.get(column);
                    values.put(column, header != null && record.isSet(header) ? record.get(header) : "");
                }
                rows.add(new Row(record.getRecordNumber() + 1, values));
            }
            return new CsvTable(List.copyOf(rows), null);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return failed(Message.of("import.file.invalidLine", String.valueOf(lastGoodLine + 1)));
        }
    }

    /**
     * The column separator: a comma, or a semicolon when the first line holds more semicolons than commas (what a
     * spreadsheet saves as "CSV" where the comma is the decimal separator).
     */
    private static char delimiterOf(String text) {
        int endOfFirstLine = text.indexOf('\n');
        String header = endOfFirstLine < 0 ? text : text.substring(0, endOfFirstLine);
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    /** A line of separators only, as a spreadsheet saves the rows below its data: passed over like an empty line. */
    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static CsvTable failed(Message problem) {
        return new CsvTable(List.of(), problem);
    }

    public List<Row> rows() {
        return rows;
    }

    /** What makes the whole file unusable, or {@code null} when it could be read. */
    public Message problem() {
        return problem;
    }
}
