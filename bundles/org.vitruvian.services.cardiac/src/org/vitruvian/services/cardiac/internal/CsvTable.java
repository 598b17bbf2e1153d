package org.vitruvian.services.cardiac.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.vitruvian.services.cardiac.InvalidInputException;

/**
 * A comma-separated table with a header row: plain values, no quoting (the service's own files
 * and the calibration ranges need none). Lines starting with '#' and blank lines are comments.
 * Every error names the file, line and column.
 */
public final class CsvTable {

    private final Path file;
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();

    private CsvTable(Path file, String[] header) {
        this.file = file;
        this.header = header;
    }

    public static CsvTable read(Path file) throws InvalidInputException {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        CsvTable table = null;
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            if (table == null) {
                table = new CsvTable(file, cells);
                continue;
            }
            if (cells.length != table.header.length) {
                throw new InvalidInputException(file + ":" + (i + 1) + ":1: the row has " + cells.length
                        + " values but the header names " + table.header.length + " columns");
            }
            table.rows.add(cells);
            table.lines.add(i + 1);
        }
        if (table == null) {
            throw new InvalidInputException(file + ":1:1: the file is empty; it needs a header row and data rows");
        }
        return table;
    }

    public Path file() {
        return file;
    }

    public int rows() {
        return rows.size();
    }

    public List<String> header() {
        return Arrays.asList(header);
    }

    /** The index of the column called {@code name} (case-insensitive), or -1. */
    public int column(String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of a column that must be there. */
    public int requireColumn(String name, String purpose) throws InvalidInputException {
        int index = column(name);
        if (index < 0) {
            throw new InvalidInputException(file + ":1:1: no column '" + name + "' (" + purpose + "); the header has "
                    + String.join(", ", header));
        }
        return index;
    }

    public String text(int row, int column) {
        return rows.get(row)[column];
    }

    /** The 1-based line of a data row, for messages. */
    public int line(int row) {
        return lines.get(row);
    }

    /** A finite number, or an error naming the cell. */
    public double number(int row, int column) throws InvalidInputException {
        String cell = rows.get(row)[column];
        try {
            double value = Double.parseDouble(cell);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(where(row, column) + ": '" + cell + "' in column " + header[column]
                + " is not a number");
    }

    /** "file:line:column" of a cell. */
    public String where(int row, int column) {
        int col = 1;
        String[] cells = rows.get(row);
        for (int i = 0; i < column; i++) {
            col += cells[i].length() + 1;
        }
        return file + ":" + lines.get(row) + ":" + col;
    }

    /** A number for CSV output: six significant digits, '.' as the decimal mark, NaN left empty. */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }
}
