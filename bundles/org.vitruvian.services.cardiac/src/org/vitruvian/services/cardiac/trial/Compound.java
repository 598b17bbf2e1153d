package org.vitruvian.services.cardiac.trial;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.vitruvian.services.cardiac.InvalidInputException;
import org.vitruvian.services.cardiac.internal.JsonReader;
import org.vitruvian.services.cardiac.model.Channel;

/**
 * A compound's ion-channel block: per channel an IC50 (uM) and a Hill coefficient, and its free
 * therapeutic plasma concentration (Cmax, uM). Simple pore block scales each conductance by
 * {@code 1 / (1 + ([D] / IC50)^h)}.
 *
 * <p>File format (JSON): {@code {"name": "...", "therapeuticConcentration": 0.002,
 * "channels": {"IKr": {"ic50": 0.00487, "hill": 0.93}, ...}, "source": "..."}}; channel names as
 * {@link Channel#currentName()} (INa, INaL, Ito, ICaL, IKr, IKs, IK1, INCX, INaK; hERG means IKr).
 */
public record Compound(String name, double therapeuticConcentration, Map<Channel, Block> blocks, String source) {

    /** One channel's block. */
    public record Block(double ic50, double hill) {
        /** The fraction of the conductance left at concentration {@code concentration} (uM). */
        public double remaining(double concentration) {
            if (concentration <= 0) {
                return 1.0;
            }
            return 1.0 / (1.0 + Math.pow(concentration / ic50, hill));
        }
    }

    /** Conductance factors at {@code concentration} uM, indexed by {@link Channel#ordinal()}. */
    public double[] factors(double concentration) {
        double[] factors = new double[Channel.values().length];
        for (Channel channel : Channel.values()) {
            Block block = blocks.get(channel);
            factors[channel.ordinal()] = block == null ? 1.0 : block.remaining(concentration);
        }
        return factors;
    }

    public static Compound read(Path file) throws InvalidInputException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        Object root;
        try {
            root = JsonReader.parse(text);
        } catch (JsonReader.SyntaxException e) {
            throw new InvalidInputException(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new InvalidInputException(file + ":1:1: a compound is a JSON object with name, "
                    + "therapeuticConcentration and channels");
        }
        String name = map.get("name") instanceof String s && !s.isBlank() ? s : null;
        if (name == null) {
            throw new InvalidInputException(where(text, file, "name") + ": the compound needs a \"name\"");
        }
        double cmax = map.get("therapeuticConcentration") instanceof Double d ? d : Double.NaN;
        if (!(cmax > 0)) {
            throw new InvalidInputException(where(text, file, "therapeuticConcentration")
                    + ": \"therapeuticConcentration\" must be the free Cmax in uM, a number above 0");
        }
        if (!(map.get("channels") instanceof Map<?, ?> channels) || channels.isEmpty()) {
            throw new InvalidInputException(where(text, file, "channels")
                    + ": \"channels\" must map channel names (IKr, ICaL, INa, ...) to {\"ic50\": uM, \"hill\": h}");
        }
        Map<Channel, Block> blocks = new EnumMap<>(Channel.class);
        for (Map.Entry<?, ?> entry : channels.entrySet()) {
            String channelName = String.valueOf(entry.getKey());
            Channel channel = Channel.named(channelName);
            if (channel == null) {
                throw new InvalidInputException(where(text, file, channelName) + ": unknown channel \"" + channelName
                        + "\"; use one of INa, INaL, Ito, ICaL, IKr, IKs, IK1, INCX, INaK");
            }
            if (!(entry.getValue() instanceof Map<?, ?> values)) {
                throw new InvalidInputException(where(text, file, channelName) + ": \"" + channelName
                        + "\" must be an object {\"ic50\": uM, \"hill\": h}");
            }
            double ic50 = values.get("ic50") instanceof Double d ? d : Double.NaN;
            double hill = values.get("hill") instanceof Double d ? d : (values.containsKey("hill") ? Double.NaN : 1.0);
            if (!(ic50 > 0) || !(hill > 0) || Double.isInfinite(ic50) || Double.isInfinite(hill)) {
                throw new InvalidInputException(where(text, file, channelName) + ": \"" + channelName
                        + "\" needs \"ic50\" (uM) above 0 and \"hill\" above 0 (default 1)");
            }
            if (blocks.put(channel, new Block(ic50, hill)) != null) {
                throw new InvalidInputException(where(text, file, channelName) + ": " + channel.currentName()
                        + " is given twice");
            }
        }
        Object source = map.get("source");
        String sourceText = source instanceof String s ? s
                : source instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList()) : "";
        return new Compound(name, cmax, blocks, sourceText);
    }

    /** "file:line:column" of the first occurrence of {@code "key"} in the text, or of the start. */
    private static String where(String text, Path file, String key) {
        int at = text.indexOf("\"" + key + "\"");
        if (at < 0) {
            return file + ":1:1";
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return file + ":" + line + ":" + column;
    }
}
