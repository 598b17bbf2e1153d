package org.vitruvian.services.cardiac.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vitruvian.services.cardiac.ProgressListener;
import org.vitruvian.services.cardiac.model.Biomarkers;
import org.vitruvian.services.cardiac.model.OrdModel;
import org.vitruvian.services.cardiac.model.Pacing;

/**
 * Experimental calibration of a population (Britton et al. 2013; Passini et al. 2017): every model
 * is paced to steady state from the baseline's steady state, and kept only when its last beat is
 * a normal action potential (excited, repolarised, no EAD) and each biomarker with an
 * experimental range lies within it.
 */
public final class Calibration {

    /** Beats paced at least, so that a model far from the baseline has moved before steady state is judged. */
    public static final int MIN_BEATS = 10;

    /** One model's outcome: its biomarkers (null if it diverged), whether it is kept, and why not. */
    public record Row(Population.Member member, Pacing.Result result, boolean kept, List<String> reasons) {
    }

    /** All rows, the kept population with its steady states, and how many models each reason dropped. */
    public record Result(List<Row> rows, Population calibrated, Map<String, Integer> dropReasons, double[] baseline) {
        public int kept() {
            return calibrated.size();
        }
    }

    private Calibration() {
    }

    public static Result run(Population population, CalibrationRanges ranges, double cycleLength, int maxBeats,
            Simulator simulator, ProgressListener progress) {
        progress.progress(0, "pacing the baseline " + population.cell().id() + " model to steady state");
        double[] baseline = Simulator.baselineSteadyState(population.cell(), cycleLength,
                simulator.tolerance(), 2000);
        ProgressListener models = progress.range(0.05, 1.0);
        List<Simulator.Job> jobs = new ArrayList<>();
        for (Population.Member member : population.members()) {
            jobs.add(new Simulator.Job(new OrdModel(population.cell(), member.factors()),
                    member.state() != null ? member.state() : baseline, cycleLength, Math.min(MIN_BEATS, maxBeats),
                    maxBeats, false));
        }
        List<Simulator.Outcome> outcomes = simulator.run(jobs, models, "calibrate: models paced");
        List<Row> rows = new ArrayList<>();
        List<Population.Member> kept = new ArrayList<>();
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Population.Member member = population.members().get(i);
            Simulator.Outcome outcome = outcomes.get(i);
            List<String> why = new ArrayList<>();
            Pacing.Result result = outcome.result();
            if (result == null) {
                why.add("diverged");
            } else {
                Biomarkers b = result.biomarkers();
                if (result.anyUnexcited()) {
                    why.add("no upstroke");
                }
                if (result.anyFailure()) {
                    why.add("repolarisation failure");
                }
                if (result.anyEad()) {
                    why.add("EAD");
                }
                if (why.isEmpty()) {
                    for (CalibrationRanges.Range range : ranges.violated(b)) {
                        why.add(range.biomarker() + (b.value(range.biomarker()) < range.min() ? " below " : " above ")
                                + "range");
                    }
                }
            }
            for (String reason : why) {
                reasons.merge(reason, 1, Integer::sum);
            }
            boolean keep = why.isEmpty();
            if (keep) {
                kept.add(new Population.Member(member.id(), member.factors(), outcome.state()));
            }
            rows.add(new Row(member, result, keep, why));
        }
        return new Result(rows, new Population(population.cell(), kept), reasons, baseline);
    }
}
