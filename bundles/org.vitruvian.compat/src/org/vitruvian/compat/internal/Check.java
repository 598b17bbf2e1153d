package org.vitruvian.compat.internal;

/** One compatibility check: it looks at one aspect of the run and adds what it finds. */
@FunctionalInterface
public interface Check {

    void check(CheckContext context, Findings findings);
}
