package org.vitruvian.planning.internal;

import org.vitruvian.model.workflow.Sweep;
import org.vitruvian.model.workflow.SweepAxis;

/** How many runs a step's sweep makes. */
final class Sweeps {

    private Sweeps() {
    }

    /** The product of the axes' sizes (1 without a sweep): listed values, or from..to by step. */
    static long runs(Sweep sweep) {
        if (sweep == null) {
            return 1;
        }
        long runs = 1;
        for (SweepAxis axis : sweep.getAxes()) {
            long size = axis.getValues().isEmpty() && axis.getFrom() != null && axis.getTo() != null && axis.getStep() != null
                    && axis.getStep() > 0 ? (long) Math.floor((axis.getTo() - axis.getFrom()) / axis.getStep() + 1e-9) + 1
                            : Math.max(1, axis.getValues().size());
            runs *= size;
        }
        return runs;
    }
}
