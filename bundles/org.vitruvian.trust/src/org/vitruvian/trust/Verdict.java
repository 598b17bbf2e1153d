package org.vitruvian.trust;

/** Whether data may be processed on a resource. */
public enum Verdict {
    ALLOW, DENY
}
