package org.vitruvian.services.cardiac.trial;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.vitruvian.services.cardiac.InvalidInputException;
import org.vitruvian.services.cardiac.internal.CsvTable;
import org.vitruvian.services.cardiac.model.Biomarkers;

/**
 * Experimental ranges of biomarkers: a model is kept when each of its biomarkers named here lies
 * within [min, max]. File format (CSV): {@code biomarker,min,max[,unit][,source]}, biomarker names
 * as in {@link Biomarkers#NAMES}.
 */
public final class CalibrationRanges {

    /** One range. */
    public record Range(String biomarker, double min, double max, String unit, String source) {
        public boolean contains(double value) {
            return value >= min && value <= max;
        }
    }

    private final List<Range> ranges;

    public CalibrationRanges(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public List<Range> ranges() {
        return ranges;
    }

    /** The ranges the biomarkers fall outside of (empty: the model is consistent with the data). */
    public List<Range> violated(Biomarkers biomarkers) {
        List<Range> out = new ArrayList<>();
        for (Range range : ranges) {
            double value = biomarkers.value(range.biomarker());
            if (!range.contains(value)) {
                out.add(range);
            }
        }
        return out;
    }

    public static CalibrationRanges read(Path file) throws InvalidInputException {
        CsvTable table = CsvTable.read(file);
        int name = table.requireColumn("biomarker", "one of " + String.join(", ", Biomarkers.NAMES));
        int min = table.requireColumn("min", "lower end of the experimental range");
        int max = table.requireColumn("max", "upper end of the experimental range");
        int unit = table.column("unit");
        int source = table.column("source");
        List<Range> ranges = new ArrayList<>();
        for (int row = 0; row < table.rows(); row++) {
            String biomarker = table.text(row, name);
            if (!Arrays.asList(Biomarkers.NAMES).contains(biomarker)) {
                throw new InvalidInputException(table.where(row, name) + ": unknown biomarker '" + biomarker
                        + "'; the service measures " + String.join(", ", Biomarkers.NAMES));
            }
            double low = table.number(row, min);
            double high = table.number(row, max);
            if (low > high) {
                throw new InvalidInputException(table.where(row, max) + ": the maximum of " + biomarker
                        + " is below its minimum");
            }
            for (Range range : ranges) {
                if (range.biomarker().equals(biomarker)) {
                    throw new InvalidInputException(table.where(row, name) + ": " + biomarker + " has two ranges");
                }
            }
            ranges.add(new Range(biomarker, low, high, unit < 0 ? "" : table.text(row, unit),
                    source < 0 ? "" : table.text(row, source)));
        }
        if (ranges.isEmpty()) {
            throw new InvalidInputException(file + ":2:1: no ranges; give at least one biomarker with its min and max");
        }
        return new CalibrationRanges(ranges);
    }
}
