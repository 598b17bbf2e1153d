package org.vitruvian.tosca.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scalar-unit types of TOSCA 1.3 section 3.3.6: a number, optional whitespace, and a unit
 * from the type's table. Values are normalised to the table's base unit so that constraints
 * compare {@code 2 GB} with {@code 512 MiB} correctly.
 */
final class ScalarUnits {

    private static final Pattern SCALAR = Pattern.compile("^\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([A-Za-z]+)\\s*$");

    private static final Map<String, Map<String, Double>> UNITS = new LinkedHashMap<>();

    static {
        Map<String, Double> size = new LinkedHashMap<>();
        size.put("B", 1d);
        size.put("kB", 1e3);
        size.put("KiB", 1024d);
        size.put("MB", 1e6);
        size.put("MiB", Math.pow(1024, 2));
        size.put("GB", 1e9);
        size.put("GiB", Math.pow(1024, 3));
        size.put("TB", 1e12);
        size.put("TiB", Math.pow(1024, 4));
        UNITS.put("scalar-unit.size", size);
        Map<String, Double> time = new LinkedHashMap<>();
        time.put("d", 86400d);
        time.put("h", 3600d);
        time.put("m", 60d);
        time.put("s", 1d);
        time.put("ms", 1e-3);
        time.put("us", 1e-6);
        time.put("ns", 1e-9);
        UNITS.put("scalar-unit.time", time);
        Map<String, Double> frequency = new LinkedHashMap<>();
        frequency.put("Hz", 1d);
        frequency.put("kHz", 1e3);
        frequency.put("MHz", 1e6);
        frequency.put("GHz", 1e9);
        UNITS.put("scalar-unit.frequency", frequency);
        Map<String, Double> bitrate = new LinkedHashMap<>();
        String[] prefixes = { "", "K", "Ki", "M", "Mi", "G", "Gi", "T", "Ti" };
        double[] factors = { 1, 1e3, 1024, 1e6, Math.pow(1024, 2), 1e9, Math.pow(1024, 3), 1e12, Math.pow(1024, 4) };
        for (int i = 0; i < prefixes.length; i++) {
            bitrate.put(prefixes[i] + "bps", factors[i]);
            bitrate.put(prefixes[i] + "Bps", factors[i] * 8);
        }
        UNITS.put("scalar-unit.bitrate", bitrate);
    }

    private ScalarUnits() {
    }

    static boolean isScalarUnit(String type) {
        return UNITS.containsKey(type);
    }

    static String units(String type) {
        return String.join(", ", UNITS.get(type).keySet());
    }

    /**
     * The value in the base unit, or null when the text is not a number and a unit of the type.
     * Units are matched exactly, then (except bitrates, where b and B differ) ignoring case, as
     * the specification's tables are case-insensitive for sizes, times and frequencies.
     */
    static Double parse(String type, String text) {
        Matcher matcher = SCALAR.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        Map<String, Double> table = UNITS.get(type);
        String unit = matcher.group(2);
        Double factor = table.get(unit);
        if (factor == null && !type.equals("scalar-unit.bitrate")) {
            for (Map.Entry<String, Double> entry : table.entrySet()) {
                if (entry.getKey().toLowerCase(Locale.ROOT).equals(unit.toLowerCase(Locale.ROOT))) {
                    factor = entry.getValue();
                }
            }
        }
        return factor == null ? null : Double.parseDouble(matcher.group(1)) * factor;
    }
}
