package fr.interieur.cls.query.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a report's CSV back as a spreadsheet would: BOM dropped, {@code ;} cells, quoted cells, CRLF lines. */
final class Csv {

    private Csv() {
    }

    /** The rows after the header, each by column heading; the first row in the list is the header's own map. */
    static List<Map<String, String>> parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> lines = lines(text);
        List<String> headers = lines.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            if (line.size() != headers.size()) {
                throw new IllegalStateException("a row of " + line.size() + " cells for " + headers.size()
                                                + " headers: " + line);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                row.put(headers.get(i), line.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Cells of each line; a quoted cell may hold ;, "" and line breaks; a leading ' (defused formula) is dropped. */
    static List<List<String>> lines(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ';') {
                cells.add(unfused(cell));
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                cells.add(unfused(cell));
                cell.setLength(0);
                lines.add(cells);
                cells = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(unfused(cell));
            lines.add(cells);
        }
        return lines;
    }

    private static String unfused(StringBuilder cell) {
        String value = cell.toString();
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
               ? value.substring(1) : value;
    }
}
