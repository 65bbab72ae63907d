package org.esgstudio.data;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 comma-separated text: quoted fields may hold commas, quotes and line breaks. A leading BOM is skipped. */
public final class CsvText {
    private CsvText() {
    }

    /** A parsed record and the 1-based line it starts on. */
    public record Record(int line, List<String> fields) {
        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }

        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** Raised for an unterminated quote, with the line where the field began. */
    public static final class MalformedCsvException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int line;

        MalformedCsvException(int line) {
            super("a quoted field starting on line " + line + " is never closed");
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Parses a named file's text; an unclosed quote rejects the file, naming the line where the field began. */
    public static List<Record> parse(String fileName, String text) {
        try {
            return parse(text);
        } catch (MalformedCsvException malformed) {
            throw new org.esgstudio.i18n.InputRejectedException(fileName, List.of(
                    new org.esgstudio.i18n.Problem(fileName + ":" + malformed.line(), "csv.unclosedQuote")));
        }
    }

    public static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        int quoteLine = 0;
        boolean any = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.length() == 0) {
                quoted = true;
                quoteLine = line;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                any = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                any = true;
            }
            i++;
        }
        if (quoted) {
            throw new MalformedCsvException(quoteLine);
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    /** Writes records with LF line ends, quoting only fields that need it. */
    public static String format(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int k = 0; k < row.size(); k++) {
                if (k > 0) {
                    out.append(',');
                }
                out.append(quote(row.get(k)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || (!field.isEmpty() && (Character.isWhitespace(field.charAt(0))
                || Character.isWhitespace(field.charAt(field.length() - 1))));
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
