package com.telekpr.admin.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One CSV line (RFC 4180) that a spreadsheet opens as text: a cell that would start a formula (=, +, -, @,
 * a tab or a carriage return) is prefixed with an apostrophe, so a customer named "=HYPERLINK(…)" stays a name.
 */
public final class CsvLine {
    /** The byte-order mark that tells Excel the file is UTF-8. */
    public static final String BOM = "\uFEFF";

    private CsvLine() {
    }

    public static String of(List<?> cells) {
        return cells.stream().map(CsvLine::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
