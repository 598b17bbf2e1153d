package org.vitruvian.execution.spi;

/** Why a job FAILED. */
public enum FailureReason {
    EXIT_CODE, TIMEOUT, OUT_OF_MEMORY, NODE_FAILURE, CANCELLED_BY_SCHEDULER
}
