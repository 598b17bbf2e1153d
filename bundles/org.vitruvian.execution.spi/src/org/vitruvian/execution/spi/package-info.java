/**
 * The contract between Vitruvian's run engine and a target adapter: what a third party
 * implements to run jobs on a new kind of target, and nothing of the engine. An adapter is an
 * OSGi service implementing {@link org.vitruvian.execution.spi.TargetAdapter}; it is handed
 * immutable {@link org.vitruvian.execution.spi.JobSpec}s and answers with
 * {@link org.vitruvian.execution.spi.JobStatus}es. Every adapter passes the contract tests of
 * org.vitruvian.execution.tck.
 */
package org.vitruvian.execution.spi;
