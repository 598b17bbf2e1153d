package org.vitruvian.services.cardiac.trial;

import java.util.ArrayList;
import java.util.List;

import org.vitruvian.services.cardiac.ProgressListener;
import org.vitruvian.services.cardiac.model.Channel;
import org.vitruvian.services.cardiac.model.OrdModel;
import org.vitruvian.services.cardiac.model.Pacing;
import org.vitruvian.services.cardiac.model.Trace;

/**
 * The in-silico drug trial: every calibrated model, at every concentration of the sweep (and
 * without the drug, the control), with each channel's conductance scaled by simple pore block,
 * paced from its calibrated steady state until the drug's steady state or the beat limit.
 */
public final class DrugTrial {

    /** Beats paced with the drug at least, so that slow effects show before steady state is judged. */
    public static final int MIN_BEATS = 20;
    /** How many models' action potentials the figure shows. */
    public static final int TRACED_MODELS = 3;

    /** One model at one concentration. */
    public record Row(double concentration, Population.Member member, Pacing.Result result, double apd90Change) {
        /** An EAD or repolarisation failure in the last beats, or a diverged model. */
        public boolean abnormal() {
            return result == null || result.abnormal();
        }
    }

    /** The summary at one concentration. */
    public record Summary(double concentration, double multiple, int models, int abnormal, int ead, int failure,
            int unexcited, double meanApd90Change, double minApd90Change, double maxApd90Change, double[] remaining) {
        public double abnormalShare() {
            return models == 0 ? 0 : (double) abnormal / models;
        }
    }

    /** Rows per concentration (index 0 is the control), summaries, and traces for the figure. */
    public record Result(double[] concentrations, List<List<Row>> rows, List<Summary> summaries, List<Trace> controlTraces,
            List<Trace> drugTraces) {
    }

    private DrugTrial() {
    }

    /**
     * Runs the trial. {@code concentrations} (uM, ascending, above 0) exclude the control, which
     * is always run first.
     */
    public static Result run(Population calibrated, Compound compound, double[] concentrations, double cycleLength,
            int maxBeats, Simulator simulator, ProgressListener progress) {
        double[] all = new double[concentrations.length + 1];
        System.arraycopy(concentrations, 0, all, 1, concentrations.length);
        double[] baseline = null;
        for (Population.Member member : calibrated.members()) {
            if (member.state() == null) {
                progress.progress(0, "the population has no paced states: pacing the baseline to steady state");
                baseline = Simulator.baselineSteadyState(calibrated.cell(), cycleLength, simulator.tolerance(), 2000);
                break;
            }
        }
        List<Simulator.Job> jobs = new ArrayList<>();
        for (int c = 0; c < all.length; c++) {
            double concentration = all[c];
            boolean traced = c == 0 || c == all.length - 1;
            double[] block = compound.factors(concentration);
            for (int m = 0; m < calibrated.size(); m++) {
                Population.Member member = calibrated.members().get(m);
                double[] factors = member.factors().clone();
                for (int k = 0; k < factors.length; k++) {
                    factors[k] *= block[k];
                }
                jobs.add(new Simulator.Job(new OrdModel(calibrated.cell(), factors),
                        member.state() != null ? member.state() : baseline, cycleLength,
                        Math.min(concentration == 0 ? 1 : MIN_BEATS, maxBeats), maxBeats,
                        traced && m < TRACED_MODELS));
            }
        }
        List<Simulator.Outcome> outcomes = simulator.run(jobs, progress, "drug-block: model runs");
        int n = calibrated.size();
        List<List<Row>> rows = new ArrayList<>();
        List<Summary> summaries = new ArrayList<>();
        for (int c = 0; c < all.length; c++) {
            List<Row> row = new ArrayList<>();
            int abnormal = 0;
            int ead = 0;
            int failure = 0;
            int unexcited = 0;
            double sum = 0;
            int counted = 0;
            double min = Double.NaN;
            double max = Double.NaN;
            for (int m = 0; m < n; m++) {
                Pacing.Result result = outcomes.get(c * n + m).result();
                Pacing.Result control = outcomes.get(m).result();
                double change = Double.NaN;
                if (result != null && control != null && !result.abnormal() && !result.anyUnexcited()) {
                    change = 100.0 * (result.biomarkers().apd90() / control.biomarkers().apd90() - 1.0);
                }
                Row r = new Row(all[c], calibrated.members().get(m), result, change);
                row.add(r);
                if (r.abnormal()) {
                    abnormal++;
                }
                if (result != null) {
                    ead += result.anyEad() ? 1 : 0;
                    failure += result.anyFailure() ? 1 : 0;
                    unexcited += result.anyUnexcited() ? 1 : 0;
                }
                if (Double.isFinite(change)) {
                    sum += change;
                    counted++;
                    min = Double.isNaN(min) ? change : Math.min(min, change);
                    max = Double.isNaN(max) ? change : Math.max(max, change);
                }
            }
            double[] remaining = compound.factors(all[c]);
            summaries.add(new Summary(all[c], all[c] / compound.therapeuticConcentration(), n, abnormal, ead, failure,
                    unexcited, counted == 0 ? Double.NaN : sum / counted, min, max, remaining));
            rows.add(row);
        }
        List<Trace> controlTraces = new ArrayList<>();
        List<Trace> drugTraces = new ArrayList<>();
        int last = all.length - 1;
        for (int m = 0; m < Math.min(TRACED_MODELS, n); m++) {
            Pacing.Result control = outcomes.get(m).result();
            Pacing.Result drug = outcomes.get(last * n + m).result();
            if (control != null) {
                controlTraces.add(control.lastBeat());
            }
            if (drug != null) {
                drugTraces.add(drug.lastBeat());
            }
        }
        return new Result(all, rows, summaries, controlTraces, drugTraces);
    }

    /** Names of the channels a compound blocks, for reports. */
    public static List<String> blocked(Compound compound) {
        List<String> names = new ArrayList<>();
        for (Channel channel : compound.blocks().keySet()) {
            names.add(channel.currentName());
        }
        return names;
    }
}
