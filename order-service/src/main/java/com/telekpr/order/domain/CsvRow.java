package com.telekpr.order.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of a CSV export (RFC 4180), safe to open in a spreadsheet: a cell that starts with
 * = + - @ (or a tab or carriage return) is prefixed with ' so it is shown as text, never run as a formula.
 */
public final class CsvRow {
    private CsvRow() {
    }

    public static String of(List<?> cells) {
        return cells.stream().map(CsvRow::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
