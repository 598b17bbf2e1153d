package org.vitruvian.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV table as the services write it: a header row, then rows of the same width; fields may
 * be quoted ("a, b" and "" for a quote), empty fields are missing values.
 */
public record CsvTable(Path file, List<String> header, List<List<String>> rows) {

    public static CsvTable read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResultFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(file, text);
    }

    public static CsvTable parse(Path file, String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int column = 0;
        int quoteLine = 0;
        int quoteColumn = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                        column++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                        column = 0;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    quoteLine = line;
                    quoteColumn = column;
                    any = true;
                }
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> {
                    // Windows line ends: the \n that follows ends the record.
                }
                case '\n' -> {
                    if (any || field.length() > 0) {
                        record.add(field.toString());
                        records.add(check(file, records, record, line));
                    }
                    record = new ArrayList<>();
                    field.setLength(0);
                    any = false;
                    line++;
                    column = 0;
                }
                default -> {
                    field.append(c);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new ResultFileException(file, quoteLine, quoteColumn, "a quoted field is never closed; end it with '\"'");
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(check(file, records, record, line));
        }
        if (records.isEmpty()) {
            throw new ResultFileException(file, 1, 1, "is empty; a table has at least a header row");
        }
        return new CsvTable(file, List.copyOf(records.get(0)), List.copyOf(records.subList(1, records.size())));
    }

    private static List<String> check(Path file, List<List<String>> records, List<String> record, int line) {
        if (!records.isEmpty() && record.size() != records.get(0).size()) {
            throw new ResultFileException(file, line, 1, "has " + record.size() + " fields where the header has "
                    + records.get(0).size() + "; every row needs one field per column");
        }
        return List.copyOf(record);
    }

    public int columnCount() {
        return header.size();
    }

    public int column(String name) {
        return header.indexOf(name);
    }

    /**
     * Whether every non-empty field of the column is a number (and there is at least one): the
     * columns a chart can plot.
     */
    public boolean isNumeric(int column) {
        boolean seen = false;
        for (List<String> row : rows) {
            String value = row.get(column).strip();
            if (value.isEmpty()) {
                continue;
            }
            if (Double.isNaN(parse(value)) && !value.equalsIgnoreCase("nan")) {
                return false;
            }
            seen = true;
        }
        return seen;
    }

    public List<Integer> numericColumns() {
        List<Integer> numeric = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (isNumeric(c)) {
                numeric.add(c);
            }
        }
        return numeric;
    }

    /** The column's values; NaN where a field is empty or not a number. */
    public double[] values(int column) {
        double[] values = new double[rows.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = parse(rows.get(r).get(column).strip());
        }
        return values;
    }

    private static double parse(String value) {
        try {
            return value.isEmpty() ? Double.NaN : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
