package org.vitruvian.services.cardiac.trial;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.vitruvian.services.cardiac.InvalidInputException;
import org.vitruvian.services.cardiac.internal.CsvTable;
import org.vitruvian.services.cardiac.model.CellType;
import org.vitruvian.services.cardiac.model.Channel;
import org.vitruvian.services.cardiac.model.OrdModel;
import org.vitruvian.services.support.AtomicFiles;

/**
 * A population of models: one baseline cell type and, per model, a scaling factor for each
 * {@link Channel}'s maximal conductance. Optionally each model's paced state, so that later stages
 * start from where calibration left the model rather than pacing from scratch again.
 *
 * <p>File format (CSV): {@code model,cell,GNa,...,PNaK} then, for a calibrated population,
 * {@code y.V,...,y.Jrelp} with the state at the start of a beat.
 */
public final class Population {

    /** One model: its number, its factors and, once paced, its state at the start of a beat (or null). */
    public record Member(int id, double[] factors, double[] state) {
    }

    private final CellType cell;
    private final List<Member> members;

    public Population(CellType cell, List<Member> members) {
        this.cell = cell;
        this.members = List.copyOf(members);
    }

    public CellType cell() {
        return cell;
    }

    public List<Member> members() {
        return members;
    }

    public int size() {
        return members.size();
    }

    /**
     * {@code size} models whose factors are sampled by Latin hypercube over
     * {@code [1 - spread, 1 + spread]}: each factor's range is cut into {@code size} equal strata,
     * every stratum is used exactly once per factor, at a uniformly random point inside it, and
     * the strata of different factors are paired by independent random permutations. The same
     * seed gives the same population on every machine (SplittableRandom is specified exactly).
     */
    public static Population latinHypercube(CellType cell, int size, double spread, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("a population needs at least one model");
        }
        if (!(spread >= 0 && spread < 1)) {
            throw new IllegalArgumentException("the spread must lie in [0, 1)");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int channels = Channel.values().length;
        double[][] factors = new double[size][channels];
        for (int c = 0; c < channels; c++) {
            int[] strata = new int[size];
            for (int i = 0; i < size; i++) {
                strata[i] = i;
            }
            for (int i = size - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = strata[i];
                strata[i] = strata[j];
                strata[j] = swap;
            }
            for (int i = 0; i < size; i++) {
                double u = (strata[i] + random.nextDouble()) / size;
                factors[i][c] = 1.0 - spread + 2.0 * spread * u;
            }
        }
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(new Member(i + 1, factors[i], null));
        }
        return new Population(cell, members);
    }

    public void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder("model,cell");
        for (Channel channel : Channel.values()) {
            out.append(',').append(channel.factorName());
        }
        boolean states = members.stream().allMatch(m -> m.state() != null) && !members.isEmpty();
        if (states) {
            for (String name : OrdModel.STATE_NAMES) {
                out.append(",y.").append(name);
            }
        }
        out.append('\n');
        for (Member member : members) {
            out.append(member.id()).append(',').append(cell.id());
            for (double factor : member.factors()) {
                out.append(',').append(CsvTable.format(factor));
            }
            if (states) {
                for (double value : member.state()) {
                    out.append(',').append(Double.toString(value));
                }
            }
            out.append('\n');
        }
        AtomicFiles.writeString(file, out.toString());
    }

    /** Reads a population file; states are read when every state column is there. */
    public static Population read(Path file) throws InvalidInputException {
        CsvTable table = CsvTable.read(file);
        int idColumn = table.requireColumn("model", "the model's number");
        int cellColumn = table.requireColumn("cell", "endo, epi or mid");
        int[] factorColumns = new int[Channel.values().length];
        for (Channel channel : Channel.values()) {
            factorColumns[channel.ordinal()] = table.requireColumn(channel.factorName(), "scaling factor of "
                    + channel.currentName());
        }
        int[] stateColumns = new int[OrdModel.STATES];
        boolean states = true;
        for (int i = 0; i < OrdModel.STATES; i++) {
            stateColumns[i] = table.column("y." + OrdModel.STATE_NAMES[i]);
            states &= stateColumns[i] >= 0;
        }
        if (table.rows() == 0) {
            throw new InvalidInputException(file + ":2:1: the population has no models");
        }
        CellType cell = null;
        List<Member> members = new ArrayList<>();
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        for (int row = 0; row < table.rows(); row++) {
            CellType rowCell = CellType.of(table.text(row, cellColumn));
            if (rowCell == null) {
                throw new InvalidInputException(table.where(row, cellColumn) + ": cell type '"
                        + table.text(row, cellColumn) + "' is not endo, epi or mid");
            }
            if (cell != null && rowCell != cell) {
                throw new InvalidInputException(table.where(row, cellColumn) + ": every model of a population has "
                        + "the same cell type; this row says " + rowCell.id() + ", the first " + cell.id());
            }
            cell = rowCell;
            double id = table.number(row, idColumn);
            if (id != Math.rint(id) || id < 1 || !ids.add((int) id)) {
                throw new InvalidInputException(table.where(row, idColumn) + ": model numbers are distinct whole "
                        + "numbers from 1, not '" + table.text(row, idColumn) + "'");
            }
            double[] factors = new double[factorColumns.length];
            for (int c = 0; c < factors.length; c++) {
                factors[c] = table.number(row, factorColumns[c]);
                if (factors[c] < 0 || factors[c] > 100) {
                    throw new InvalidInputException(table.where(row, factorColumns[c]) + ": a scaling factor lies "
                            + "between 0 and 100, not " + table.text(row, factorColumns[c]));
                }
            }
            double[] state = null;
            if (states) {
                state = new double[OrdModel.STATES];
                for (int i = 0; i < state.length; i++) {
                    state[i] = table.number(row, stateColumns[i]);
                }
            }
            members.add(new Member((int) id, factors, state));
        }
        return new Population(cell, members);
    }
}
